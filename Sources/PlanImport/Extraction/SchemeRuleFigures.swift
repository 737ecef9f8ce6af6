import PlanModel

/// Figures that state the rules of a reform or scheme, not goals of the plan: the share a
/// graded class is held to (`A类企业数量一般控制在参评企业的20%左右`, `D类企业原则上不低于5%`), a
/// price mark-up (`电价每千瓦时加价0.1元`), a norm per person or team (`每名专员联系企业5家以上`,
/// `每个专班全年外出招商不少于8次`), a time limit counted in days or months (`压缩至30个工作日以内`,
/// `3个月内`), the stages the work is carried out in (`分为…三个阶段推进`, `分两步实施`), and the
/// threshold of a class of enterprises or projects (`用地3亩以上(含3亩)的工业企业全部纳入评价`,
/// `每年对用地5亩以上工业企业开展综合评价`), and an evaluation's weights (`EvaluationWeights`).
enum SchemeRuleFigures {
  /// Words of a rule's norm before a graded class's share.
  static let normWords = ["原则上", "一般"]
  /// Words of a price set by rule.
  static let priceWords = ["加价", "加收", "上浮", "下浮", "每千瓦时", "每度电", "每立方米"]
  /// Words that make a figure a norm per person.
  static let perPersonWords = ["每名", "每位", "每人"]
  /// `每个专班`, `每支服务队`: what a norm per team is stated for — a team's name ends so.
  static let teamEnds: Set<Character> = ["班", "组", "队"]
  /// What a count in 个 of time is counted in (`30个工作日`, `3个月`).
  static let timeNouns = ["工作日", "月", "小时", "季度"]
  /// What the work's stages are counted in (`三个阶段`, `两步`).
  static let stageNouns = ["阶段", "步"]
  /// The nouns a class threshold sorts.
  static let classNouns = ["企业", "项目"]
  /// The longest run of words between a threshold and the noun it sorts (`工业企业`).
  static let longestClassWords = 6

  static func excludes(_ figure: FigureReading, in clause: Substring) -> Bool {
    let before = clause[..<figure.range.lowerBound]
    return isGradedQuota(before: before) || priceWords.contains(where: before.contains)
      || perPersonWords.contains(where: before.contains) || isNormPerTeam(before: before)
      || isNormPerPlace(before: before)
      || isTimeSpan(figure, in: clause) || isStageCount(figure, in: clause)
      || isClassThreshold(figure, in: clause)
      || EvaluationWeights.isWeight(figure, in: clause) || WorkRhythms.isRhythm(figure, in: clause)
  }

  /// `每个专班全年外出招商不少于8次`: a norm each team is held to.
  static func isNormPerTeam(before: Substring) -> Bool {
    ["每个", "每支"].contains { word in
      guard let range = before.textRange(of: word) else { return false }
      let name = before[range.upperBound...].prefix(5).prefix(while: PlanTextCharacters.isHan)
      return name.contains(where: teamEnds.contains)
    }
  }

  /// Places a norm per place is stated for (`每个乡镇(街道)`, `每个县(市、区)`).
  static let places = ["乡镇", "街道", "镇街", "县区", "园区", "开发区", "村", "镇", "乡", "县", "区", "市"]
  /// What may follow a place's word in a norm per place (`每个镇每年`, `每个县都要`).
  static let afterPlace: Set<Character> = ["每", "都", "要", "年", "至", "均", "应", "力"]

  /// `每个乡镇(街道)每年遴选种子企业不少于5家`: a norm each place is held to, no goal of the region.
  static func isNormPerPlace(before: Substring) -> Bool {
    ["每个", "每一个"].contains { word in
      guard let range = before.textRange(of: word) else { return false }
      let rest = before[range.upperBound...]
      return places.contains { place in
        guard rest.hasPrefix(place) else { return false }
        let next = rest.dropFirst(place.count).first
        return next.map { !PlanTextCharacters.isHan($0) || afterPlace.contains($0) } ?? true
      }
    }
  }

  /// `30个工作日以内`, `3个月内`: a time, not a count of things.
  static func isTimeSpan(_ figure: FigureReading, in clause: Substring) -> Bool {
    figure.unit == "个" && timeNouns.contains(where: clause[figure.range.upperBound...].hasPrefix)
  }

  /// `分为申报准备、全面创建和评估验收三个阶段推进`: how many stages the work is carried out in.
  static func isStageCount(_ figure: FigureReading, in clause: Substring) -> Bool {
    let after = clause[figure.range.upperBound...]
    if figure.unit == "个" { return stageNouns.contains(where: after.hasPrefix) }
    return figure.unit == nil && stageNouns.contains { figure.unknownUnit?.hasPrefix($0) == true }
  }

  /// `A类企业…一般控制在…20%`, `D类企业原则上不低于5%`: a class named by a letter and a norm word.
  static func isGradedQuota(before: Substring) -> Bool {
    guard normWords.contains(where: before.contains) else { return false }
    let characters = Array(before)
    return characters.indices.dropLast().contains { index in
      characters[index].isASCII && characters[index].isUppercase && characters[index + 1] == "类"
    }
  }

  /// `用地3亩以上(含3亩)的工业企业`, `用地5亩以上工业企业`: a measured figure (not a count of
  /// the enterprises) with `以上`/`以下`, then the enterprises or projects it sorts.
  static func isClassThreshold(_ figure: FigureReading, in clause: Substring) -> Bool {
    guard let unit = figure.unit, !KnownUnits.counts.contains(unit) else { return false }
    var after = clause[figure.range.upperBound...]
    guard let bound = ["以上", "以下"].first(where: after.hasPrefix) else { return false }
    after = after.dropFirst(bound.count)
    if after.first == "(", let close = after.firstIndex(of: ")") {
      after = after[after.index(after: close)...]
    }
    if after.first == "的" { after = after.dropFirst() }
    let words = after.prefix(longestClassWords + 2)
    guard let noun = classNouns.compactMap({ words.textRange(of: $0) }).first else { return false }
    return words[..<noun.lowerBound].allSatisfy(PlanTextCharacters.isHan)
  }
}

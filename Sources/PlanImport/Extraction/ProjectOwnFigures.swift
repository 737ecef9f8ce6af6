import PlanModel

/// Figures that describe one project or enterprise rather than set a goal of the plan: what a
/// project is forecast to yield once running (`达产后可新增产值8亿元左右`, `项目投产后年产值可达5亿元`),
/// and a sum
/// of money naming a class of enterprises or projects (`产值超10亿元企业数量翻一番`,
/// `亿元以上项目`: the 10亿元 is the class's threshold, no goal), and the capacity of a project or
/// plant (`年产10万吨X项目`).
enum ProjectOwnFigures {
  /// Words after which a clause tells what a project yields once built or running.
  static let yieldLeads = ["达产后", "达产达效后", "投产后", "建成投产后", "全面投产后", "建成后"]
  /// Nouns a threshold sum names the class of, right after it (`10亿元以上企业`).
  static let classNouns = ["企业", "的企业", "工业企业", "项目", "的项目", "产业项目", "工业项目"]

  static func excludes(_ figure: FigureReading, in clause: Substring) -> Bool {
    isYield(figure, in: clause) || isClassThreshold(figure, in: clause)
      || isCapacity(figure, in: clause) || isFocusCondition(figure, in: clause)
  }

  /// Words closing a phrase that names whom a task is for (`以…的个体工商户为重点`).
  static let focusWords = ["为重点", "为主体", "为对象", "为重点对象", "为主要对象"]

  /// `以年营业额500万元以上、雇工10人以上的个体工商户为重点`: thresholds picking out whom a task
  /// works on (a figure with `以上`/`以下`, inside `以…的X为重点`), no goal.
  static func isFocusCondition(_ figure: FigureReading, in clause: Substring) -> Bool {
    let before = clause[..<figure.range.lowerBound]
    let after = clause[figure.range.upperBound...]
    guard after.hasPrefix("以上") || after.hasPrefix("以下"), let open = before.lastIndex(of: "以"),
      !before[open...].contains(where: PlanTextCharacters.clauseEnds.contains),
      let close = focusWords.lazy.compactMap({ after.textRange(of: $0) }).first
    else { return false }
    let between = after[..<close.lowerBound]
    return between.contains("的")
      && !between.contains(where: PlanTextCharacters.sentenceEnds.contains)
  }

  /// Words of a plant's capacity, right before its figure (`年产10万吨`, `日处理能力3万吨`).
  static let capacityWords = ["年产", "年加工", "年处理", "日处理", "日处理能力", "年处理能力", "年产能"]
  /// Nouns of what has the capacity.
  static let facilityNouns = ["项目", "生产线", "工厂", "厂", "基地", "装置", "产线"]

  /// `建设年产10万吨X项目`, `日处理能力3万吨的污水处理厂`: the size of the project or plant the
  /// clause names after it, not a goal of the plan.
  static func isCapacity(_ figure: FigureReading, in clause: Substring) -> Bool {
    let before = PlanTextCharacters.trimmed(clause[..<figure.range.lowerBound])
    guard capacityWords.contains(where: before.hasSuffix) else { return false }
    return facilityNouns.contains(where: clause[figure.range.upperBound...].contains)
  }

  /// Words of a forecast between the lead and the figure (`可`, `预计`).
  static let forecastWords = ["可", "预计", "有望"]

  /// `达产后可新增产值8亿元`, `投产后年产值预计达5亿元`: a project's own yield — not a standard
  /// it is held to (`新供工业用地达产后亩均税收不低于30万元/亩`: no forecast word).
  static func isYield(_ figure: FigureReading, in clause: Substring) -> Bool {
    let before = clause[..<figure.range.lowerBound]
    guard let lead = yieldLeads.lazy.compactMap({ before.textRange(of: $0) }).first else {
      return false
    }
    return forecastWords.contains(where: before[lead.upperBound...].contains)
  }

  /// `产值超10亿元企业`, `5亿元以上项目`, `超千亿元的产业集群`: a sum of money at once followed
  /// (past its qualifier, or by `的`) by the enterprises, projects or clusters it sorts.
  static func isClassThreshold(_ figure: FigureReading, in clause: Substring) -> Bool {
    guard let unit = figure.unit, KnownUnits.money.contains(unit) else { return false }
    var after = clause[figure.range.upperBound...]
    for (written, _) in QualifierWords.trailing where after.hasPrefix(written) {
      after = after.dropFirst(written.count)
    }
    if after.hasPrefix("的") {
      let noun = after.dropFirst().prefix(while: PlanTextCharacters.isHan)
      return sortedNouns.contains(where: noun.hasSuffix)
    }
    return classNouns.contains(where: after.hasPrefix)
  }

  /// What a sum followed by `的` sorts, ending the words after it: `形成5个营业收入超千亿元的
  /// 产业集群`, `培育营业收入超百亿元的领航企业20家` — the clusters or enterprises of that size are
  /// counted; the sum is their threshold.
  /// `形成3条营业收入超100亿元的特色产业链`: chains of that size, counted.
  static let sortedNouns = ["企业", "项目", "集群", "园区", "基地", "产业链"]
}

import Foundation

/// How the rules tell a list of clusters from a list of products, and how they read a
/// cluster's name out of a list:
/// - a list whose count matches its names (`A、B、C、D四个…重点产业集群`,
///   `A、B…和F“5+1”产业体系`, `A、B、C三张…产业名片`) names clusters;
/// - a list joined straight to 产业 (`促进A、B产业延链发展`) names clusters;
/// - `A、B等…产业` names clusters only when the words before 产业 name a tier
///   (`等优势领域`, `等一批成长性产业集群`) or a verb of developing opens the list
///   (`加快发展A、B等产业`); `A、B等精细化工产业`, `A、B等配套产业` list the products of one
///   industry, and `A、B等产业发展模式` or `…等领域突破性成果` are not about industries at all.
enum ClusterLists {
  /// Words that name a class of clusters (the tiers and their like).
  static let categoryWords =
    ClusterPatterns.tierWords + ["重点", "成长性", "高成长性", "潜力", "前沿", "首位"]
  /// Words that, alone, name no cluster.
  static let notNames = categoryWords + ["配套", "关联", "相关", "块状", "现代", "先进"]
  /// Verbs that open a list of industries to develop.
  static let developVerbs = [
    "发展", "培育", "打造", "做强", "壮大", "聚焦", "布局", "发力", "巩固", "提升", "引进", "构建", "形成", "培育壮大",
    "做大", "做优", "做精",
  ]
  /// What may follow 产业/集群/领域 when the list names industries: nothing, or what is said of them.
  static let industryFollowers = [
    "发展", "国际", "竞争", "能级", "规模", "提能", "市场", "集群", "的", "升级", "提档", "延链", "名片", "体系",
  ]
  /// Endings of listed names that are not industries.
  static let nonIndustryEnds = ["技术", "模式", "平台", "机制", "场景", "工程", "企业", "项目", "基地"]
  /// Words that ask rather than name (`哪些产业`).
  static let interrogatives = ["哪些", "哪个", "哪类", "什么", "如何", "怎样", "多少"]
  /// Qualifiers before a cluster's name that are not part of it (`世界级`, `100亿级`).
  static let rankMarks = ["世界级", "国家级", "省级", "区域级", "市级", "县级", "万亿级", "千亿级", "百亿级"]
  /// Units a scale class written in numerals closes on before its `级` (`五百亿级`).
  static let scaleClassUnits = ["亿"]
  /// Verbs before a cluster the text names as one (`打造X产业集群`).
  static let buildVerbs = ["打造", "培育", "建设", "共建", "壮大", "形成", "构建", "做强"]

  /// A list's names: cut at `、`, and at a last `和` only when both sides are whole names
  /// (`基因和细胞治疗`, `软件和信息服务` stay one); `及` joins one name (`纤维及复合材料`).
  static func names(_ text: Substring) -> [String] {
    var names = MetricText.splitNames(String(ListLeadWords.withoutLead(text)), at: "、")
    if let last = names.last, names.count >= 2, let and = last.textRange(of: "和", backwards: true),
      last[..<and.lowerBound].count >= 3, last[and.upperBound...].count >= 3
    {
      names[names.count - 1] = String(last[..<and.lowerBound])
      names.append(String(last[and.upperBound...]))
    }
    return names
  }

  /// `铝材和稀土功能材料` → two names, when both sides have two characters or more; `joints`
  /// may add `与` (`氢能装备与智能电网装备`) where a count says the list has one more name.
  static func splitAtAnd(_ name: String, joints: [String] = ["和"]) -> [String]? {
    guard
      let and = joints.compactMap({ name.textRange(of: $0, backwards: true) }).max(by: {
        $0.lowerBound < $1.lowerBound
      }),
      name[..<and.lowerBound].count >= 2, name[and.upperBound...].count >= 2
    else { return nil }
    return [String(name[..<and.lowerBound]), String(name[and.upperBound...])]
  }

  /// A cluster's name as the rules keep it: without a rank (`世界级装备制造` → `装备制造`);
  /// nil when what is left is a tier word, holds digits or a list, or ends in a
  /// non-industry (`数字技术`).
  static func cleanName(_ name: String) -> String? {
    // Verbs, a list's stray words, classes and cut brackets are no part of a name.
    guard var text = ClusterNameGate.gated(PlanTextCharacters.trimmed(name)) else { return nil }
    for quantity in ["一批", "更多"] where text.hasPrefix(quantity) { text.removeFirst(2) }
    if let level = text.textRange(of: "级"), text[..<level.lowerBound].count <= 4,
      rankMarks.contains(String(text[..<level.upperBound]))
        || text[..<level.lowerBound].contains(where: PlanTextCharacters.isDigit)
        // `五百亿级`, `两千亿级`: a scale class written in numerals.
        || scaleClassUnits.contains(where: text[..<level.lowerBound].hasSuffix)
    {
      text = String(text[level.upperBound...])
    }
    // `轻纺特色` → `轻纺`: the tier is not part of the name.
    if !notNames.contains(text),
      let tier = ClusterPatterns.tierWords.first(where: { text.hasSuffix($0) }),
      text.count - tier.count >= 2
    {
      text.removeLast(tier.count)
    }
    // `户外照明两个(特色产业)`: the count closing a list is no part of its last name.
    if let unit = text.last, "个大类".contains(unit) {
      let head = text.dropLast()
      let count = head.reversed().prefix {
        ChineseNumber.isNumeral($0) || PlanTextCharacters.isDigit($0)
      }.count
      if count > 0, head.count - count >= 2 { text = String(head.dropLast(count)) }
    }
    let bare = text.hasSuffix("型") ? String(text.dropLast()) : text
    guard text.count >= 2, !notNames.contains(bare), !CountOnlyName.isCount(text),
      !text.contains("亿级"), !text.contains(where: { "、,,“”等的".contains($0) }),
      !text.hasSuffix("级"), !text.hasSuffix("企业"), !["制造业", "先进制造业"].contains(text),
      // `重点发展哪些产业?`: a question names no industry.
      !interrogatives.contains(where: text.contains)
    else { return nil }
    return text
  }

  /// A listed name, kept when it names an industry (not `数字技术`, `共享平台`).
  static func listedName(_ name: String) -> String? {
    guard let text = cleanName(name), !nonIndustryEnds.contains(where: text.hasSuffix) else {
      return nil
    }
    return text
  }

  /// The words a counted list of clusters closes with (`三大产业`, `四个领域`, `三大板块`,
  /// `三个方向`); a count of classes closes one too, whatever noun follows (`三类工业软件`:
  /// `classEnd`).
  static let countedEnds = ["产业集群", "产业", "集群", "领域", "板块", "赛道", "方向", areaEnd]
  /// Areas a count of industries closes (`A、B两个生产性服务业特色集聚区`).
  static let areaEnd = "集聚区"

  /// Where a count of classes ends (just after `类` in `A、B、C三类X`): `类` counts only right
  /// after a numeral (not `各类`, `类脑`).
  static func classEnd(in clause: Substring) -> Range<String.Index>? {
    var search = clause.startIndex
    while let found = clause[search...].firstIndex(of: "类") {
      let after = clause.index(after: found)
      if found > clause.startIndex {
        let before = clause[clause.index(before: found)]
        if ChineseNumber.isNumeral(before) || PlanTextCharacters.isDigit(before) {
          return after..<after
        }
      }
      search = after
    }
    return nil
  }

  /// The first place a counted list could close in the clause (`countedEnds`, `classEnd`).
  private static func firstEnd(in clause: Substring) -> Range<String.Index>? {
    var ends = countedEnds.compactMap { clause.textRange(of: $0) }
    if let end = classEnd(in: clause) { ends.append(end) }
    return ends.min { $0.lowerBound < $1.lowerBound }
  }

  /// A way of changing (`高端化`, `智能化`) is no industry a counted list could name.
  private static func namesAWayOfChanging(_ name: String) -> Bool {
    name.count >= 3 && name.hasSuffix("化")
  }

  /// `counted(in:)` for each clause of the sentence.
  static func counted(inSentence sentence: Substring) -> [String] {
    SentenceSegmenter.clauses(of: sentence).flatMap(counted(in:))
  }

  /// `A、B、C、D四个…产业集群`, `A…和F“5+1”产业体系`, `A、B产业`: the names, when the list
  /// closes with a count equal to its length, or runs straight into 产业.
  static func counted(in clause: Substring) -> [String] {
    guard let end = firstEnd(in: clause) else { return [] }
    let head = clause[..<end.lowerBound]
    guard let comma = head.firstIndex(of: "、") else { return [] }
    // The list runs from after its opening verb to its count or to 产业.
    let listEnd = countStart(in: head, after: comma) ?? head.endIndex
    var list = listOpening(head[..<listEnd])
    // `A、B和C等三大领域`: the 等 before the count closes the list.
    if listEnd < head.endIndex, list.hasSuffix("等") { list = list.dropLast() }
    var written = names(list)
    if listEnd < head.endIndex, let count = countValue(head[listEnd...]),
      count == written.count + 1,
      let split = splitAtAnd(written[written.count - 1], joints: ["和", "与", "以及"])
    {
      // The count says the last `和` parts two names, short ones too (`铝材和稀土功能材料`).
      written = written.dropLast() + split
    }
    let found = written.compactMap(listedName).filter { !namesAWayOfChanging($0) }
    guard found.count >= 2, found.count == written.count else { return [] }
    if listEnd == head.endIndex {
      // Straight into 产业: only after a verb that opens the list; not into `方向`.
      guard !UpgradeDirections.closesDirections(clause[end]) else { return [] }
      return list.startIndex > head.startIndex ? found : []
    }
    guard let count = countValue(head[listEnd...]), count == found.count,
      head[listEnd...].count <= 18
    else { return [] }
    // `A、B两个生产性服务业集聚区`: areas named by their industries; not `东、西两个集聚区`.
    if clause[end] == areaEnd, !head[listEnd...].contains("业") { return [] }
    return found
  }

  /// `打造A产业集群、B先进制造业集群`: the clusters that close a clause after a verb of
  /// building, each named as an industrial cluster (not `基础设施集群`, `企业集群`).
  static func explicit(in clause: Substring) -> [String] {
    guard
      let verb = buildVerbs.compactMap({ clause.textRange(of: $0, backwards: true) }).max(by: {
        $0.upperBound < $1.upperBound
      }),
      // `各培育1个百亿级X产业集群`: a cluster each place is to build, none the plan names.
      !PerPlaceFigures.isPerPlace(before: clause[..<verb.upperBound])
    else { return [] }
    var found: [String] = []
    let items = clause[verb.upperBound...].split(whereSeparator: { "、和".contains($0) })
    for item in items.reversed() {
      guard let suffix = ["产业集群", "制造业集群"].first(where: item.hasSuffix),
        let name = cleanName(String(item.dropLast(suffix.count)))
      else { break }
      found.insert(name + suffix, at: 0)
    }
    return found
  }

  /// `explicit(in:)` and `raised(in:)` for each clause of the sentence.
  static func explicit(inSentence sentence: Substring) -> [String] {
    guard sentence.contains("集群") else { return [] }
    return SentenceSegmenter.clauses(of: sentence).flatMap { explicit(in: $0) + raised(in: $0) }
  }

  /// What a named industrial cluster is raised in (`提升X产业集群发展水平`).
  static let raisedQualities = ["发展水平", "国际竞争力", "竞争力", "发展能级", "能级"]

  /// `稳步提升X产业集群发展水平`: a cluster the text names as one, whose level is raised.
  static func raised(in clause: Substring) -> [String] {
    guard let verb = clause.textRange(of: "提升", backwards: true) else { return [] }
    let rest = clause[verb.upperBound...]
    guard let quality = raisedQualities.first(where: { rest.hasSuffix("产业集群" + $0) }),
      let name = cleanName(String(rest.dropLast(quality.count + 4))),
      !name.contains("产业")
    else { return [] }
    return [name + "产业集群"]
  }

  /// In a cluster's own paragraph, `A、B等优势材料…`: a list closed by a tier word and the
  /// cluster's own head noun (`材料` of `新型材料`) names the cluster's parts.
  static func parts(in sentence: Substring, of parent: String) -> [String] {
    let noun = String(DraftCluster.matchName(parent).suffix(2))
    guard noun.count == 2 else { return [] }
    var found: [String] = []
    for clause in SentenceSegmenter.clauses(of: sentence) {
      guard let etc = clause.textRange(of: "等", backwards: true),
        ClusterPatterns.tierWords.contains(where: { clause[etc.upperBound...].hasPrefix($0 + noun) }
        )
      else { continue }
      let list = listOpening(clause[..<etc.lowerBound])
      let names = names(list).compactMap(listedName)
      if names.count >= 2, names.count == self.names(list).count { found += names }
    }
    return found
  }

  /// Whether what follows `产业`/`集群`/`领域` leaves the list naming industries.
  static func closesIndustry(_ after: Substring) -> Bool {
    after.isEmpty || industryFollowers.contains(where: after.hasPrefix)
  }

  /// Whether the words after a list's 等 name a class of clusters: `优势领域`,
  /// `一批成长性产业集群`, or nothing (`等产业`) when a verb of developing opens the list.
  static func namesCategory(after etc: Substring, opener: Substring) -> Bool {
    var rest = etc
    for lead in ["一批", "一系列"] where rest.hasPrefix(lead) { rest = rest.dropFirst(lead.count) }
    guard
      let end = ["产业集群", "集群", "产业", "领域"].compactMap({ rest.textRange(of: $0) }).min(by: {
        $0.lowerBound < $1.lowerBound
      })
    else { return false }
    let words = rest[..<end.lowerBound]
    let after = rest[end.upperBound...]
    // `以A、B等产业为重点`
    let leading = ["为重点", "为主导", "为主"].contains(where: after.hasPrefix)
    guard words.count <= 6, !words.contains("的"), !words.contains("为"),
      closesIndustry(after) || leading
    else { return false }
    if words.isEmpty { return leading || developVerbs.contains(where: opener.hasSuffix) }
    // `技术突破型产业`, `基础支撑型产业`: a kind of industry.
    return categoryWords.contains(where: words.contains) || words.hasSuffix("型")
  }

  /// Where a count closing the list begins (`四个`, `三张`, `“5+1”`), after the list's first `、`.
  private static func countStart(in head: Substring, after comma: String.Index) -> String.Index? {
    var index = head.index(after: comma)
    while index < head.endIndex {
      let c = head[index]
      if c == "、" || c == "和" {
        index = head.index(after: index)
        continue
      }
      let rest = head[index...]
      if countValue(rest) != nil, index > head.startIndex,
        !PlanTextCharacters.isDigit(head[head.index(before: index)])
      {
        return index
      }
      index = head.index(after: index)
    }
    return nil
  }

  /// The count a list closes with: `四个` / `三大` / `3个` / `“5+1”` (the sum).
  private static func countValue(_ text: Substring) -> Int? {
    var rest = text
    if rest.first == "“" { rest = rest.dropFirst() }
    let digits = rest.prefix { PlanTextCharacters.isDigit($0) || $0 == "+" }
    if !digits.isEmpty, digits.first != "+" {
      let after = rest.dropFirst(digits.count)
      guard after.first == "”" || after.first.map({ "个大张类项".contains($0) }) == true else {
        return nil
      }
      let parts = digits.split(separator: "+").compactMap { Int($0) }
      return parts.reduce(0, +)
    }
    let numerals = rest.prefix(while: ChineseNumber.isNumeral)
    guard !numerals.isEmpty, numerals.count <= 2,
      rest.dropFirst(numerals.count).first.map({ "个大张类项".contains($0) }) == true
    else { return nil }
    return ChineseNumber.value(numerals)
  }

  /// Words besides the verbs of developing that open a list of industries.
  static let listOpeners = [
    "促进", "推动", "支持", "加快", "重点", "聚力", "推进", "突出", "锚定", "围绕", "瞄准", "主攻", "面向", "涵盖",
    "包括", "覆盖",
    // `实施A、B产业集群提升工程`: the clusters a programme is for.
    "实施",
    // `是A、B、C三个新兴产业`: the list a `是` opens.
    "是",
  ]

  /// The list after the verb that opens it.
  private static func listOpening(_ head: Substring) -> Substring {
    var start = head.startIndex
    for verb in developVerbs + listOpeners {
      if let range = head.textRange(of: verb, backwards: true), range.upperBound > start,
        head[range.upperBound...].contains("、")
      {
        start = range.upperBound
      }
    }
    return head[start...]
  }
}

import Foundation

/// The fields an industry's own item or sentence lists as what that industry develops — its
/// sub-clusters (*Filing conventions* A), whatever surface form the list takes:
/// - a list a verb of developing opens and a field word closes, with or without `等` and
///   qualifiers (`重点发展A、B、C等领域`, `做优做强A、B等特色领域`, `巩固A、B优势领域`,
///   `加快发展A、B等配套产业`, `培育A、B等新兴赛道`), or a count (`做精A、B、C三个细分领域`);
/// - a bare list such a verb opens, running to its clause's end, of industry names
///   (`聚焦A、B、C`, `X产业重点发展A、B和C`);
/// - `以A、B、C为重点` (`为主攻方向`), the industry may stand before it as its subject
///   (`X产业以A、B、C为重点`: `IndustrySubject`).
/// The verb opens the clause, after at most an adverb or the industry itself as its subject
/// (`X产业要…`). Not lists of links to fill (`补齐A、B环节`), of products, parts, technologies,
/// markets or ways of changing (`…等产品`, `…等核心零部件`, `…等应用领域`, `高端化、智能化`), nor
/// of places; the caller reads them only in an industry's own paragraph or sentence.
enum IndustryOwnLists {
  /// Verbs of developing that open an industry's list of fields, longest first where one
  /// holds another.
  static let verbs = [
    "做优做强", "做强做优", "做大做强", "做强做大", "培育壮大", "发展壮大", "巩固提升", "巩固壮大", "提升发展",
    "重点发展", "大力发展", "加快发展", "积极发展", "着力发展", "优先发展", "培育发展", "重点培育", "加快培育",
    "延伸发展", "围绕",
    "前瞻布局", "超前布局", "重点布局", "积极布局", "着力打造", "重点打造", "主攻", "深耕", "聚焦", "发展", "培育",
    "做优", "做强", "做大", "做精", "壮大", "巩固", "提升", "布局", "突破", "拓展", "延伸", "打造", "振兴",
  ]
  /// Verbs whose list counts only when a field word or count closes it (a bare list after
  /// them is as often technologies, markets or links).
  static let closedOnly = [
    "提升", "突破", "拓展", "延伸", "打造", "着力打造", "重点打造", "壮大", "提升发展", "围绕", "振兴",
  ]
  /// A framing verb whose list names fields only when closed as sub-fields (`围绕A、B、C等细分领域`).
  static let framingOnlyWith = (verb: "围绕", closings: ["细分领域", "细分行业", "细分赛道", "细分方向"])
  /// Words that may stand before the verb in its clause.
  static let adverbs =
    [
      "进一步", "加快", "大力", "重点", "着力", "积极", "优先", "持续", "同时", "要", "并", "将", "还", "稳步", "全力",
    ] + enumerators
  /// The words counting the clauses of a paragraph (`一是聚焦A、B、C`): no subject of their own.
  static let enumerators = ["一是", "二是", "三是", "四是", "五是", "六是", "七是", "八是", "九是", "十是"]
  /// Words that set an industry as the clause's subject without being its verb
  /// (`支持X产业发展A、B和C`).
  static let subjectLeads = ["支持", "推动", "鼓励", "引导"]
  /// The anaphora of a paragraph's own industry as its clause's subject (`产业链重点发展A、B`).
  static let ownSubjects = ["全产业链", "产业链", "产业集群", "集群"]
  /// Nouns of fields that close a list of an industry's fields.
  static let fieldNouns = ["领域", "产业", "方向", "赛道", "板块", "行业", "细分行业", "集群"]
  /// Longest run of qualifiers between `等` (or a count) and the field noun (`等战略性新兴`).
  static let longestQualifier = 6
  /// Qualifiers that make a list's closing no field of the industry's own.
  static let notFieldQualifiers = ["应用", "下游", "上游", "服务", "消费", "关联", "相关", "传统"]
  /// Endings of a listed name that is no field: products, parts, technologies, links, markets,
  /// places and what is said of a thing.
  static let notFieldEnds = [
    "产品", "技术", "工艺", "中试线", "生产线", "示范线", "环节", "短板", "市场", "场景", "平台", "模式", "业态", "服务",
    "工程", "项目", "企业", "基地", "园区", "机制", "体系", "能力", "水平", "链条", "优势", "品牌", "化", "县", "区",
    "市", "镇", "乡",
  ]
  /// Words of a clause's own verb that a bare list's last name may run into (`聚焦A、B融合发展`,
  /// `…同步发力`): no list of names.
  static let clauseVerbs = ["发展", "发力", "融合", "协同", "联动", "转型", "升级", "并举", "并重"]
  /// What a list of fields to consolidate may close with (`巩固A、B全国技术领先地位`).
  static let standings = [
    "全国技术领先地位", "国内技术领先地位", "技术领先地位", "全国领先地位", "国内领先地位", "领先地位", "优势地位",
    "竞争优势", "领先优势", "产业优势", "地位", "优势",
  ]
  /// Verbs of a clause that only sets the scene for the next (`依托X基地`, `围绕整车配套需求`).
  static let framingVerbs = [
    "依托", "围绕", "发挥", "立足", "抢抓", "瞄准", "面向", "坚持", "顺应", "按照", "利用", "基于", "对接", "承接",
    "把握", "紧扣", "紧盯", "以",
  ]

  /// The word of a clause about turning resources to use.
  static let resourceWord = "资源"

  /// True unless the clause turns a resource to use without only setting the scene
  /// (`依托…`, `发挥…资源优势`).
  static func frames(_ clause: Substring) -> Bool {
    var text = PlanTextCharacters.trimmed(clause)[...]
    while let adverb = adverbs.first(where: text.hasPrefix) { text = text.dropFirst(adverb.count) }
    return framingVerbs.contains(where: text.hasPrefix) || !text.contains(resourceWord)
  }

  /// Words that mark a clause about links or weaknesses to fill.
  static let fillWords = ["补齐", "补强", "补链", "短板", "薄弱", "环节"]
  /// How `以A、B为重点` closes.
  static let focusClosings = ["为重点方向", "为主攻方向", "为主要方向", "为重点领域", "为重点"]
  static let longestName = 12

  /// The sub-clusters a clause lists, with their industry: `parent` (the paragraph's), or the
  /// industry the clause opens with as its subject (`X产业重点发展A、B和C`).
  /// `framed`: no clause before this one in its sentence turns a resource to use; a bare list
  /// after one (`加快推进油气资源转化利用,重点发展A、B等`) names the resource's uses, not the
  /// industry's fields (`依托…等资源` only sets the scene).
  static func fields(in clause: Substring, parent: String?, framed: Bool = true) -> (
    parent: String, names: [String]
  )? {
    let text = PlanTextCharacters.unquoted(PlanTextCharacters.trimmed(clause))[...]
    guard !fillWords.contains(where: text.contains) else { return nil }
    // `推动产业向A、B等高附加值领域转型`: the fields it moves towards (`FieldsTowards`).
    if let towards = FieldsTowards.fields(in: text, parent: parent) { return towards }
    let subject = subject(of: text)
    guard let owner = subject ?? parent,
      let (list, closed, counted) = focused(text) ?? opened(text, parent: owner),
      closed || framed || subject != nil
    else {
      return nil
    }
    let names = names(list, closed: closed, parent: owner, counted: counted)
    return names.isEmpty ? nil : (owner, names)
  }

  /// `X产业重点发展…`, `X产业要聚焦…`: the industry opening the clause before its verb.
  /// `新材料集群重点发展…`, `支持食品加工产业发展…`: the cluster's noun may stand for `产业`, and a
  /// word of support may set the subject before it.
  static func subject(of text: Substring) -> String? {
    var text = text
    if let lead = subjectLeads.first(where: text.hasPrefix) { text = text.dropFirst(lead.count) }
    guard let verb = firstVerb(text),
      let industry = ["产业", "集群"].compactMap({ text.textRange(of: $0) }).min(by: {
        $0.lowerBound < $1.lowerBound
      }),
      industry.upperBound <= verb.range.lowerBound
    else { return nil }
    var rest = text[industry.upperBound..<verb.range.lowerBound]
    for noun in ["集群", "链"] where rest.hasPrefix(noun) { rest = rest.dropFirst(noun.count) }
    while let adverb = adverbs.first(where: rest.hasPrefix) { rest = rest.dropFirst(adverb.count) }
    guard rest.isEmpty else { return nil }
    return TextReading.runInIndustryName(String(text[..<industry.lowerBound]) + "产业")
  }

  /// `2.做优富硒食品产业`, `第二节 做优高端医疗器械产业`, `(一)做强X主导产业`: the industry a
  /// heading that develops one names.
  static func developedIndustry(_ title: String?) -> String? {
    guard var text = title.map({ PlanTextCharacters.trimmed($0)[...] }) else { return nil }
    while let adverb = adverbs.first(where: text.hasPrefix) { text = text.dropFirst(adverb.count) }
    guard let verb = verbs.filter({ text.hasPrefix($0) }).max(by: { $0.count < $1.count }) else {
      return nil
    }
    text = text.dropFirst(verb.count)
    guard let end = ["产业集群", "产业链", "产业"].first(where: text.hasSuffix) else { return nil }
    var name = text.dropLast(end.count)
    if let tier = ClusterPatterns.tierWords.first(where: name.hasSuffix),
      name.count - tier.count >= 2
    {
      name = name.dropLast(tier.count)
    }
    return TextReading.runInIndustryName(String(name) + "产业")
  }

  /// `以A、B、C为重点`: the list, closed.
  static func focused(_ text: Substring) -> (Substring, Bool, Bool)? {
    guard let open = text.textRange(of: "以"),
      let closing = focusClosings.first(where: { text.hasSuffix($0) || text.hasSuffix($0 + "发展") }),
      let close = text.textRange(of: closing, backwards: true), open.upperBound < close.lowerBound,
      text[..<open.lowerBound].count <= 4 || IndustrySubject.isSubject(text[..<open.lowerBound])
    else { return nil }
    return (text[open.upperBound..<close.lowerBound], true, false)
  }

  /// The list after the clause's opening verb, whether a field word or count closed it, and
  /// whether a count did.
  static func opened(_ text: Substring, parent: String) -> (Substring, Bool, Bool)? {
    guard let verb = openingVerb(text, parent: parent) else { return nil }
    var list = text[verb.range.upperBound...]
    let whole = list
    let closed = strippedClosing(&list)
    guard closed || !closedOnly.contains(verb.word) else { return nil }
    // `围绕A、B等领域,引进…` as often sets the scene for attracting: only sub-fields named so.
    guard
      verb.word != framingOnlyWith.verb
        || framingOnlyWith.closings.contains(where: whole.hasSuffix)
    else { return nil }
    let rest = whole.dropFirst(list.count)
    let counted =
      rest.first.map { ChineseNumber.isNumeral($0) || PlanTextCharacters.isDigit($0) || $0 == "两" }
      ?? false
    return (list, closed, counted)
  }

  /// The first verb of developing in the clause, and of two starting together the longer.
  static func firstVerb(_ text: Substring) -> (word: String, range: Range<String.Index>)? {
    let found = verbs.compactMap { word in text.textRange(of: word).map { (word, $0) } }
    return found.min(by: { ($0.1.lowerBound, -$0.0.count) < ($1.1.lowerBound, -$1.0.count) })
  }

  /// The clause's first verb of developing, when only adverbs or the industry stand before it.
  static func openingVerb(_ text: Substring, parent: String) -> (
    word: String, range: Range<String.Index>
  )? {
    guard let first = firstVerb(text) else { return nil }
    var before = text[..<first.range.lowerBound]
    // `支持X产业发展…`: a word of support before the subject.
    if let lead = subjectLeads.first(where: before.hasPrefix) {
      before = before.dropFirst(lead.count)
    }
    // `X产业要…`, `X集群重点…`, `产业链重点…`: the industry as the clause's subject.
    for head in [parent] + ownSubjects where before.hasPrefix(head) {
      before = before.dropFirst(head.count)
      break
    }
    for noun in ["产业集群", "产业链", "产业", "集群"] where before.hasPrefix(noun) {
      before = before.dropFirst(noun.count)
      break
    }
    while let adverb = adverbs.first(where: before.hasPrefix) {
      before = before.dropFirst(adverb.count)
    }
    return before.isEmpty ? first : nil
  }

  /// Drops a closing `等…领域`, `…优势领域` or `三个细分领域` from the list's end; true when one was
  /// there. A closing that is no field of the industry's own leaves an empty list.
  static func strippedClosing(_ list: inout Substring) -> Bool {
    guard let noun = fieldNouns.filter({ list.hasSuffix($0) }).max(by: { $0.count < $1.count })
    else {
      // `巩固A、B优势`, `巩固A、B全国技术领先地位`: a standing closes the list.
      if let standing = standings.first(where: list.hasSuffix) {
        list = list.dropLast(standing.count)
        return true
      }
      // `A、B、C三类工业软件`: a count of classes closes it, whatever noun follows.
      if let count = countStart(list) {
        list = list[..<count]
        return true
      }
      // `等` alone closing the list (`聚焦A、B等`).
      if list.hasSuffix("等") { list = list.dropLast() }
      return false
    }
    var head = list.dropLast(noun.count)
    let qualifiers: Substring
    if let etc = head.textRange(of: "等", backwards: true),
      head.distance(from: etc.upperBound, to: head.endIndex) <= longestQualifier
    {
      qualifiers = head[etc.upperBound...]
      head = head[..<etc.lowerBound]
    } else if let count = countStart(head) {
      qualifiers = head[count...]
      head = head[..<count]
    } else if let standing = ["优势", "特色", "重点", "新兴", "高端"].first(where: head.hasSuffix),
      noun == "领域"
    {
      qualifiers = Substring(standing)
      head = head.dropLast(standing.count)
    } else {
      // The field noun ends the last name itself (`A、B和C产业`): a bare list.
      return false
    }
    if notFieldQualifiers.contains(where: qualifiers.contains) { head = "" }
    list = head
    return true
  }

  /// Where a count closing the list starts (`三个细分`, `3大`), if one does.
  static func countStart(_ head: Substring) -> String.Index? {
    guard let unit = head.lastIndex(where: { "个大类项条".contains($0) }) else { return nil }
    let before = head[..<unit]
    let digits = before.reversed().prefix {
      ChineseNumber.isNumeral($0) || PlanTextCharacters.isDigit($0) || $0 == "两"
    }.count
    guard digits > 0, head.distance(from: unit, to: head.endIndex) <= longestQualifier else {
      return nil
    }
    return head.index(unit, offsetBy: -digits)
  }

  /// Endings of a pair `和` joins that names parts or products, not fields.
  static let pairedPartEnds = ["件", "制品", "产品"]

  /// The names of a list: at `、` and a last `和` (`ClusterLists.names`), or two names `和` joins
  /// when both have three characters or more (`中药饮片和提取物加工`; not `基因和细胞治疗`).
  static func split(_ list: Substring) -> [String] {
    guard !list.contains("、"), let and = list.textRange(of: "和"),
      list[..<and.lowerBound].count >= 3, list[and.upperBound...].count >= 3,
      !list[and.upperBound...].contains("和"),
      // `A和B产业` is one industry; `关键基础件和核心部件`, `A和B制品` parts or products.
      !(fieldNouns + pairedPartEnds).contains(where: list.hasSuffix)
    else { return ClusterLists.names(list) }
    return [String(list[..<and.lowerBound]), String(list[and.upperBound...])]
  }

  /// The list's names, when two or more and every one names a field; a bare list's names
  /// must not end as products or parts of the parent (`ProductKinds`).
  static func names(_ list: Substring, closed: Bool, parent: String, counted: Bool = false)
    -> [String]
  {
    guard list.contains(where: { "、和".contains($0) }),
      !list.contains(where: PlanTextCharacters.isDigit)
    else { return [] }
    let raw = split(list)
    let names = raw.compactMap(ClusterLists.listedName).filter { name in
      name.count >= 2 && name.count <= longestName
        && name.allSatisfy { PlanTextCharacters.isHan($0) || ($0.isASCII && $0.isLetter) }
        && !notFieldEnds.contains(where: name.hasSuffix) && name != parent
        && (closed || !clauseVerbs.contains(where: name.contains))
        // `铜材、铝材和稀土功能材料三大板块`: where a count closes the list, a `和` left inside a
        // name parts two (read by the count rule, `ClusterLists.counted`).
        && !(counted && name.contains("和"))
    }
    guard names.count >= 2, names.count == raw.count,
      !KindClosedLists.closesOnKind(names, of: parent)
    else { return [] }
    guard closed || !ProductKinds.areProducts(names, of: nil) else { return [] }
    return names
  }
}

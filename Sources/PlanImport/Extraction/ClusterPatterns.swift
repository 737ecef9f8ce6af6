import Foundation
import PlanModel

/// A cluster as the rules read it.
struct DraftCluster {
  var name: String
  var tier: String?
  var parentName: String?
  var scale: Figure?
  var units = UnitNotes()
  var sourceText: String
  var paragraph: Int
  var review: [ReviewMark] = []
  /// True for a scale class a listed count shares (`A、B两个500亿级产业集群`): a scale of the
  /// cluster's own, named later, replaces it.
  var sharesScale = false
  /// True when the scale is a class (`打造百亿级X产业集群`), not a figure of its output.
  var scaleIsClass = false
  /// The paragraph the scale was read in, when a later mention gave it.
  var scaleParagraph: Int?

  /// The name compared across mentions: without quotes and a closing 产业集群/子集群/集群/产业.
  var matchName: String { Self.matchName(name) }

  static func matchName(_ name: String) -> String {
    var text = PlanTextCharacters.unquoted(name)
    for suffix in ["产业集群", "子集群", "集群", "产业"]
    where text.hasSuffix(suffix) && text.count > suffix.count + 1 {
      text.removeLast(suffix.count)
      break
    }
    return text
  }
}

/// Clusters: named with a scale (`打造500亿级智能装备产业集群`, `千亿级`),
/// listed with their tier (`聚焦精细化工、智能装备、绿色食品三大主导产业`), or heading a
/// paragraph under a cluster heading (`(二)做优做强特色产业集群。` then `智能装备。发展…`).
enum ClusterPatterns {
  /// The plans' own tier words, longest first.
  static let tierWords = [
    "战略性新兴", "主导", "支柱", "特色", "优势", "新兴", "未来", "新星", "先导", "传统",
    // `做强铝基新材料首位产业`: the first-ranked industry, a tier of one.
    "首位",
  ]
  static let longestName = 16

  /// The tier a heading names (`做大做强主导产业集群` → 主导), when it is about industries.
  static func tier(ofHeading title: String) -> String? {
    let text = PlanTextCharacters.unquoted(title)
    var search = text.startIndex
    while let industry = text[search...].textRange(of: "产业") {
      let before = text[..<industry.lowerBound]
      if let tier = tierWords.first(where: { before.hasSuffix($0) }) { return tier }
      search = industry.upperBound
    }
    return nil
  }

  /// `N亿级X产业集群` and `千亿级X集群` in a sentence.
  /// `shared`: instead, the clusters a count lists before the scale class, which all share it
  /// (`打造A、B两个500亿级产业集群`: `countedList`).
  static func scaled(in sentence: Substring, year: Int?, shared: Bool = false) -> [(
    name: String, scale: Figure
  )] {
    var found: [(String, Figure)] = []
    for clause in SentenceSegmenter.clauses(of: sentence) {
      for (value, start, end) in scaleSpans(in: clause) {
        let rest = clause[end...]
        guard
          let stop = ["产业集群", "集群"].compactMap({ rest.textRange(of: $0) }).min(by: {
            $0.lowerBound < $1.lowerBound
          })
        else { continue }
        // `各培育1个百亿级…集群`: a cluster each place is to build, none the plan names.
        guard !PerPlaceFigures.isPerPlace(before: clause[..<end]) else { continue }
        var name = String(rest[..<stop.lowerBound])
        // `打造两百亿级智能农机子集群`: a sub-cluster, named without its `子`.
        if name.count > 2, name.hasSuffix("子"), rest[stop.lowerBound...].hasPrefix("集群") {
          name.removeLast()
        }
        let counted = name.isEmpty && shared ? countedList(in: clause, before: end) : []
        // `储能产业建成200亿级产业集群`; `X产业以…为载体,发展A、B,打造百亿级产业集群`: the
        // industry the clause, or else the sentence, opens with.
        // `打造A千亿级产业集群`: the name before the class.
        if name.isEmpty, !shared {
          name = ClassNamedClusters.name(in: clause, before: start) ?? ""
        }
        if name.isEmpty {
          name =
            ClusterSubject.subject(of: clause[..<end]) ?? SubjectIndustry.opening(sentence) ?? ""
        }
        let names = shared ? counted : [name]
        guard !names.isEmpty,
          names.allSatisfy({ $0.count >= 2 && $0.count <= longestName && !$0.contains("、") })
        else { continue }
        let qualifiers = QualifierWords.qualifiers(
          before: clause[..<end], after: rest[stop.upperBound...], sentenceBefore: sentence[..<end])
        let scale = Figure(
          value: value, year: year, qualifiers: qualifiers.filter { $0 != "达到" })
        found += names.map { ($0, scale) }
      }
    }
    return found
  }

  /// `打造A、B两个500亿级产业集群`: the names a list counts right before the scale class ending
  /// at `end` (`ClusterLists.counted`), each a cluster of that scale; none when other words
  /// stand between the count and the scale class.
  static func countedList(in clause: Substring, before end: String.Index) -> [String] {
    var head = clause[..<end]
    guard head.hasSuffix("亿级") else { return [] }
    head = head.dropLast(2)
    while let last = head.last,
      PlanTextCharacters.isDigit(last) || "千百万.".contains(last)
        || ClassNamedClusters.digitWords[last] != nil
    {
      head = head.dropLast()
    }
    guard let unit = head.last, "个大".contains(unit) else { return [] }
    let count = head.dropLast().reversed().prefix {
      ChineseNumber.isNumeral($0) || PlanTextCharacters.isDigit($0)
    }
    let written = String(count.reversed())
    let names = ClusterLists.counted(in: clause)
    guard names.count >= 2, (Int(written) ?? ChineseNumber.value(written[...])) == names.count
    else { return [] }
    return names
  }

  /// Where a scale class stands: `500亿级` (digits) or `千亿级` / `百亿级` / `万亿级`.
  static func scaleMarks(in clause: Substring) -> [(Double, String.Index)] {
    scaleSpans(in: clause).map { ($0.value, $0.end) }
  }

  /// The scale classes of the clause with where each starts and ends: figures (`500亿级`) and
  /// classes in words (`千亿级`, `三百亿级`: `ClassNamedClusters`).
  static func scaleSpans(in clause: Substring) -> [(
    value: Double, start: String.Index, end: String.Index
  )] {
    let figures: [(value: Double, start: String.Index, end: String.Index)] =
      NumberUnitParser.figures(in: clause).compactMap { f in
        f.isScale ? f.value.map { ($0, f.range.lowerBound, f.range.upperBound) } : nil
      }
    // A class in words a figure already read (`五百亿级` as 500) is that figure's.
    let words = ClassNamedClusters.marks(in: clause).filter { mark in
      !figures.contains { $0.end == mark.end }
    }
    return figures + words
  }

  /// `A、B、C三大主导产业` / `A、B等五大支柱产业`: the names and their tier.
  static func listed(in sentence: Substring) -> [(names: [String], tier: String)] {
    var found: [([String], String)] = []
    for clause in SentenceSegmenter.clauses(of: sentence) {
      // `A、B两大主导产业和C一个特色产业`: a list for each tier.
      if let joined = JoinedTierLists.lists(in: clause) {
        found += joined
        continue
      }
      let text = PlanTextCharacters.unquoted(String(clause))
      for tier in tierWords {
        guard let range = text.textRange(of: tier + "产业") else { continue }
        // `A、B三大主导产业和C特色产业`: a second tier list joined after the first.
        let joined = JoinedTierLists.list(after: text[range.upperBound...])
        guard
          ClusterLists.closesIndustry(text[range.upperBound...].drop { $0 == "集" || $0 == "群" })
            || ClusterSubject.leads(text[..<range.lowerBound], text[range.upperBound...])
            || joined != nil || PairedTierClosings.closes(text[range.upperBound...])
        else { continue }
        let written = PairedTierClosings.withoutQuantity(text[..<range.lowerBound])
        guard !TransformedIndustries.closesList(written, tier: tier) else { continue }
        let head = written.replacingTrailingCount()
        // The list closes with its count or 等: `A、B、C三大主导产业`, `A、B等五大支柱产业`.
        guard head.contains("、"), head.count < written.count else { continue }
        let names = ClusterLists.names(listStart(head))
        guard names.count >= 2, names.allSatisfy({ $0.count <= longestName }) else { continue }
        found.append((names, tier))
        if let joined { found.append(joined) }
        break
      }
    }
    return found
  }

  /// Under a heading that names a tier: `引进培育A、B、C等一批高成长性产业集群` — the names
  /// of a list closed by 等 and followed by 产业, 集群 or 领域.
  static func listedUnder(tierHeading sentence: Substring) -> [String] {
    var found: [String] = []
    for clause in SentenceSegmenter.clauses(of: sentence) {
      guard let etc = clause.textRange(of: "等", backwards: true),
        !TransformedIndustries.afterEtc(clause[etc.upperBound...])
      else { continue }
      let list = listStart(clause[..<etc.lowerBound])
      guard
        ClusterLists.namesCategory(
          after: clause[etc.upperBound...], opener: clause[..<list.startIndex])
      else { continue }
      let names = ClusterLists.names(list)
      if names.count >= 2,
        names.allSatisfy({ $0.count <= longestName && $0.count >= 2 && !$0.contains("等") })
      {
        found += names
      }
    }
    return found
  }

  /// `加快培育储能产业`, `形成…的装备配套产业集群`: an industry a verb names on its own.
  static func named(in sentence: Substring) -> [String] {
    let verbs = ["发展", "培育", "构建", "打造", "做强", "壮大", "提升", "形成", "发力", "布局"]
    var found: [String] = []
    for clause in SentenceSegmenter.clauses(of: sentence) {
      guard
        let end = ["产业集群", "产业"].compactMap({ clause.textRange(of: $0) }).min(by: {
          $0.lowerBound < $1.lowerBound
        }),
        isIndustryEnd(clause[end.upperBound...])
      else { continue }
      var head = clause[..<end.lowerBound]
      if let of = head.textRange(of: "的", backwards: true) {
        head = head[of.upperBound...]
      } else if let verb = verbs.compactMap({ head.textRange(of: $0, backwards: true) }).max(by: {
        $0.upperBound < $1.upperBound
      }) {
        head = head[verb.upperBound...]
      } else {
        continue
      }
      // `A、B等机械制造配套产业`: the industry after the list of its products.
      if let etc = head.textRange(of: "等", backwards: true) { head = head[etc.upperBound...] }
      if let and = head.textRange(of: "和", backwards: true) { head = head[and.upperBound...] }
      if let name = ClusterLists.cleanName(String(head)), name.count <= 10 {
        found.append(name)
      }
    }
    return found
  }

  /// After `产业`/`产业集群`, the words that leave it naming an industry (not `产业链`, `产业园`).
  private static func isIndustryEnd(_ after: Substring) -> Bool {
    after.isEmpty || ["国际", "竞争", "能级", "规模", "发展", "提能"].contains(where: after.hasPrefix)
  }

  /// The list after the verb that opens it (`推动电子信息、装备制造` → `电子信息、装备制造`).
  static func listStart(_ head: Substring) -> Substring {
    let verbs = [
      "聚焦", "打造", "推动", "发展", "培育", "做强", "壮大", "构建", "形成", "围绕", "以", "突出", "重点", "巩固",
      "提升", "引进", "布局", "发力", "瞄准", "支持", "加快", "推进", "拓展", "锁定", "补齐", "积极", "大力", "聚力",
      "集中", "加强", "深化", "依托", "包括", "涵盖", "提高", "做大", "做优", "做精", "做实",
      // `第二个“3”,是A、B、C三个新兴产业`: the list a `是` opens.
      "是",
    ]
    var start = head.startIndex
    for verb in verbs {
      if let range = head.textRange(of: verb, backwards: true), range.upperBound > start,
        head[range.upperBound...].contains("、")
      {
        start = range.upperBound
      }
    }
    return head[start...]
  }
}

extension Substring {
  /// Without a closing count (`三大`, `五大`, `两个`, `4个`, `等`) before a tier word.
  func replacingTrailingCount() -> Substring {
    var text = self
    if text.hasSuffix("大") || text.hasSuffix("个"), let count = text.dropLast().last,
      ChineseNumber.isNumeral(count) || PlanTextCharacters.isDigit(count)
    {
      text = text.dropLast()
      while let last = text.last, ChineseNumber.isNumeral(last) || PlanTextCharacters.isDigit(last)
      {
        text = text.dropLast()
      }
    }
    if text.hasSuffix("等") { text = text.dropLast() }
    return text
  }
}

import Foundation

/// Cuts a goal's metric name out of the words around its figure: the words before a verb
/// (`规模以上工业企业营业收入` from `…营业收入迈上`), without the lead-in
/// (`到2027年`, `力争`, `其中`) or the base (`较2022年`).
enum MetricText {
  /// A longer metric name is likely to hold more than the metric: marked for review.
  static let longestClear = 24

  /// Verbs and verb phrases that join a metric to its figure, longest first.
  static let verbs: [String] = [
    "分别提高至", "分别提高到", "分别增加至", "分别增加到", "分别达到", "分别达", "分别增长", "分别",
    "年均增长", "年均提高", "年均下降", "年均", "累计下降", "累计增长", "累计", "提高至", "提高到", "提升至",
    "提升到", "增加至", "增加到", "增长至", "增长到", "增至", "达到", "达", "突破", "超过", "超", "迈上",
    "保持在", "稳定在", "控制在", "不低于", "不少于", "不高于", "低于", "高于", "下降", "降低", "减少", "增长", "提高",
    "提升", "实现", "占比达", "以上", "在", "力争", "争取",
  ]
  /// Words that open a clause before the metric.
  static let leads: [String] = [
    "其中", "力争", "争取", "确保", "全面", "加快", "推动", "努力", "到", "至", "实现", "累计", "共", "每年", "全年",
    "新培育", "培育", "建成", "建设", "打造", "形成", "新建", "新增", "引进", "招引", "创建", "推广应用",
    "推广", "带动", "落地开工", "开工", "认定", "争创", "取得",
  ]

  /// The metric in `words`: verbs cut from its end and lead words and years from its start.
  static func clean(_ words: Substring) -> String {
    var text = String(removingBase(words))
    var changed = true
    while changed {
      changed = false
      text = PlanTextCharacters.trimmed(text)
      while let last = text.last, "、,,和及与".contains(last) {
        text.removeLast()
        changed = true
      }
      if let verb = verbs.first(where: { text.hasSuffix($0) && text.count > $0.count }) {
        text.removeLast(verb.count)
        changed = true
      }
      if let lead = leadingYear(text) ?? leadingListNumber(text)
        ?? leads.first(where: { text.hasPrefix($0) && text.count > $0.count })
      {
        text.removeFirst(lead.count)
        changed = true
      }
      while let first = text.first, "、,,和及与—".contains(first) {
        text.removeFirst()
        changed = true
      }
    }
    return text
  }

  /// `1.` / `12、` opening a numbered row (`1.工业总产值:突破200亿元` of a 专栏), before a name.
  static func leadingListNumber(_ text: String) -> String? {
    let digits = text.prefix(while: PlanTextCharacters.isDigit)
    guard (1...2).contains(digits.count) else { return nil }
    let rest = text.dropFirst(digits.count)
    guard let mark = rest.first, ".．、".contains(mark),
      let next = rest.dropFirst().first, PlanTextCharacters.isHan(next)
    else { return nil }
    return String(text.prefix(digits.count + 1))
  }

  /// `到2027年` / `2025年` / `2025年前` at the start.
  private static func leadingYear(_ text: String) -> String? {
    var rest = Substring(text)
    for lead in ["到", "至", "截至"] where rest.hasPrefix(lead) {
      rest = rest.dropFirst(lead.count)
      break
    }
    let digits = rest.prefix(while: PlanTextCharacters.isDigit)
    guard digits.count == 4, rest.dropFirst(4).hasPrefix("年") else { return nil }
    var end = rest.dropFirst(5)
    if end.hasPrefix("前") || end.hasPrefix("底") { end = end.dropFirst() }
    let cut = text.count - end.count
    return cut < text.count ? String(text.prefix(cut)) : nil
  }

  /// The words without a base phrase (`较2022年`, `比2020年`).
  static func removingBase(_ words: Substring) -> Substring {
    for lead in ["较", "比"] {
      guard let range = words.textRange(of: lead) else { continue }
      let after = words[range.upperBound...]
      let digits = after.prefix(while: PlanTextCharacters.isDigit)
      if digits.count == 4, after.dropFirst(4).hasPrefix("年") {
        return words[..<range.lowerBound] + words[after.index(after.startIndex, offsetBy: 5)...]
      }
    }
    return words
  }

  /// Names joined by 、 和 及 (`研发机构覆盖率、研发活动覆盖率` → two names).
  /// The industries' outputs a 分别 clause names share the last name's output words:
  /// `A和B产业产值分别达到40亿元、25亿元` → `A产业产值`, `B产业产值` (so each is its industry's
  /// scale), `A产业、B产业营业收入分别…` → `A产业营业收入`. Only output words opened by 产业 or
  /// 集群 are shared (`增加值和营业收入分别增长` keeps its two metrics).
  static func sharingIndustryTail(_ names: [String]) -> [String] {
    guard names.count > 1, let last = names.last,
      let tail = industryTails.first(where: { last.hasSuffix($0) && last.count > $0.count })
    else { return names }
    return names.dropLast().map { name in
      if name.hasSuffix(tail) { return name }
      if let stem = ["产业集群", "产业", "集群"].first(where: { tail.hasPrefix($0) && name.hasSuffix($0) })
      {
        return name + tail.dropFirst(stem.count)
      }
      return name.contains(where: { !PlanTextCharacters.isHan($0) }) || name.count > 12
        ? name : name + tail
    } + [last]
  }

  /// Output words an industry's name takes (`产业产值`, `集群营业收入`), longest first.
  static let industryTails = [
    "产业集群营业收入", "产业集群产值", "产业集群规模", "产业营业收入", "产业总产值", "产业增加值", "产业产值", "产业规模",
    "集群营业收入", "集群产值", "集群规模", "环节营业收入", "环节产值", "环节规模",
    // `A、B、C产业链营业收入分别达到…`: each chain's own output (`ClusterAssembly.scaleName`).
    "产业链营业收入", "产业链产值", "产业链规模",
  ]

  static func splitNames(_ text: String, at separators: String = "、和及") -> [String] {
    var names: [String] = []
    var current = ""
    var inQuote = false
    for c in text {
      if c == "“" { inQuote = true }
      if c == "”" { inQuote = false }
      if !inQuote, separators.contains(c) {
        names.append(current)
        current = ""
      } else {
        current.append(c)
      }
    }
    names.append(current)
    return names.map(PlanTextCharacters.trimmed).filter { !$0.isEmpty }
  }
}

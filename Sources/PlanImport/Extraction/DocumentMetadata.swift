import Foundation
import PlanModel

/// The document's own data where the text prints it: its title (`…行动方案(2023—2027年)`),
/// issuer (`…人民政府办公室`), issue date (`2023年9月12日`, `发文日期:2023年02月03日`,
/// `日期:2023-11-16`), 文号 (`甲发〔2024〕3号`), status (`征求意见稿`) and the horizon its
/// title states.
struct DocumentMetadata {
  var title: String?
  var issuer: String?
  var issued: PlanDate?
  var docNumber: String?
  var status: String?
  /// The years the title spans (`(2023—2035年)`); for a one-year work plan, its one year.
  var span: (start: Int, end: Int)?
  /// The year of a one-year work plan (`2026年…工作要点`): every figure of it is for that year.
  var workYear: Int?

  static let titleWords = [
    "方案", "规划", "意见", "决定", "办法", "计划", "纲要", "措施", "通知", "政策", "要点", "工作报告",
    // A speech: `在全市推进新型工业化大会上的讲话`.
    "上的讲话", "讲话稿",
  ]
  static let issuerEnds = ["人民政府办公室", "人民政府办公厅", "人民政府", "办公室", "办公厅", "委员会", "委"]
  static let statusWords = ["征求意见稿", "送审稿", "试行", "草案"]

  init(paragraphs: [String], firstHeading: Int?) {
    let opening = Array(paragraphs.prefix(firstHeading ?? min(paragraphs.count, 12)))
    title = Self.title(in: opening)
    status = Self.statusWords.first { word in
      opening.contains { $0.count <= 40 && $0.contains(word) }
    }
    issuer = Self.issuer(in: opening, title: title)
    issued = Self.date(in: opening)
    docNumber = Self.docNumber(in: opening)
    if let title {
      let years = NumberUnitParser.years(in: title[...]).filter { $0.role == .span }.map(\.year)
      if let start = years.min(), let end = years.max(), start < end { span = (start, end) }
      if span == nil, let end = FiveYearPeriods.planEnd(ofTitle: title) { span = (end - 4, end) }
    }
    workYear =
      span == nil
      ? OneYearPlan.year(ofTitle: title)
        ?? OneYearPlan.year(
          undatedTitle: title, body: Array(paragraphs.dropFirst(opening.count)),
          issued: issued?.year)
      : nil
    if let workYear { span = (workYear, workYear) }
  }

  /// The first title-like line (not a site's crumbs, `首页 > … > 政府工作报告`), a 关于印发…的通知
  /// only when nothing else is; a following line
  /// that is only a bracket (`(2023—2035年)`, `(征求意见稿)`) belongs to it.
  private static func title(in opening: [String]) -> String? {
    let candidates = opening.indices.filter { i in
      let line = opening[i]
      return line.count >= 6 && line.count <= 80 && !line.hasSuffix("。")
        && !line.contains(":") && !line.contains(":") && !line.contains(">")
        && titleWords.contains(where: line.contains) && isBalanced(line)
    }
    let chosen =
      candidates.first { !opening[$0].hasPrefix("关于印发") && !opening[$0].hasSuffix("的通知") }
      ?? candidates.first
    guard var index = chosen else { return nil }
    var title = opening[index]
    while index + 1 < opening.count, let first = opening[index + 1].first,
      PlanTextCharacters.openingBrackets.contains(first), opening[index + 1].count <= 16,
      !statusWords.contains(where: opening[index + 1].contains)
    {
      index += 1
      title += opening[index]
    }
    return title
  }

  private static func isBalanced(_ line: String) -> Bool {
    let open = line.filter { PlanTextCharacters.openingBrackets.contains($0) }.count
    let close = line.filter { PlanTextCharacters.closingBrackets.contains($0) }.count
    return open == close
  }

  private static func issuer(in opening: [String], title: String?) -> String? {
    for line in opening {
      if let field = fieldValue(line, labels: ["发文机关", "发文单位", "发布机构"]) { return field }
    }
    if let line = opening.first(where: { line in
      line.count <= 30 && issuerEnds.contains(where: line.hasSuffix) && !line.contains("、")
        && !line.contains(":") && !line.contains(":")
    }) {
      return line
    }
    if let title, let about = title.range(of: "关于"), about.lowerBound > title.startIndex {
      return String(title[..<about.lowerBound])
    }
    return nil
  }

  /// The value after `label:` in a metadata line (`发文单位: 丙县经济信息化局`).
  static func fieldValue(_ line: String, labels: [String]) -> String? {
    for label in labels {
      guard let range = line.range(of: label) else { continue }
      let rest = line[range.upperBound...].drop {
        $0 == ":" || $0 == ":" || PlanTextCharacters.isSpace($0)
      }
      let value = rest.prefix { !PlanTextCharacters.isSpace($0) }
      if !value.isEmpty { return String(value) }
    }
    return nil
  }

  private static func date(in opening: [String]) -> PlanDate? {
    for line in opening {
      if let value = fieldValue(line, labels: ["发文日期", "成文日期", "印发日期", "发布日期", "日期"]),
        let date = parseDate(value)
      {
        return date
      }
    }
    if let date = opening.lazy.filter({ $0.count <= 14 }).compactMap(parseDate).first {
      return date
    }
    return opening.lazy.compactMap(deliveredDate).first
  }

  /// The date of a speech or a report to a congress, on the line under its title
  /// (`——2024年6月26日在X市第十七届人民代表大会常务委员会第十九次会议上`).
  static func deliveredDate(_ line: String) -> PlanDate? {
    let text = line.drop { $0 == "—" || $0 == "-" || PlanTextCharacters.isSpace($0) }
    guard text.count < line.count, let day = text.firstIndex(of: "日"),
      text[text.index(after: day)...].hasPrefix("在")
    else { return nil }
    return parseDate(String(text[...day]))
  }

  /// `2023年9月12日`, `2023年02月03日` or `2023-11-16`.
  static func parseDate(_ text: String) -> PlanDate? {
    let numbers = text.split(whereSeparator: { !PlanTextCharacters.isDigit($0) }).compactMap {
      Int(String($0))
    }
    guard numbers.count == 3, NumberUnitParser.isYear(Double(numbers[0])),
      (1...12).contains(numbers[1]), (1...31).contains(numbers[2])
    else { return nil }
    return PlanDate(year: numbers[0], month: numbers[1], day: numbers[2])
  }

  /// The year a 文号 carries (`鹤政发〔2025〕9号` → 2025): the year the document was issued.
  var docNumberYear: Int? {
    guard let number = docNumber, let open = number.firstIndex(of: "〔"),
      let close = number[open...].firstIndex(of: "〕"),
      let year = Int(number[number.index(after: open)..<close]),
      NumberUnitParser.isYear(Double(year))
    else { return nil }
    return year
  }

  private static func docNumber(in opening: [String]) -> String? {
    for line in opening {
      guard let open = line.firstIndex(of: "〔"), let close = line[open...].firstIndex(of: "〕"),
        let mark = line[close...].firstIndex(of: "号")
      else { continue }
      let head = line[..<open].reversed().prefix(while: PlanTextCharacters.isHan)
      guard !head.isEmpty else { continue }
      return String(head.reversed()) + String(line[open...mark])
    }
    return nil
  }
}

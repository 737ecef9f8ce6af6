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
  /// The issue date as the opening states it (`IssueDates.openingDate`): what the rules date
  /// the plan's years by.
  var openingIssued: PlanDate?
  var docNumber: String?
  var status: String?
  /// The years the title spans (`(2023—2035年)`); for a one-year work plan, its one year.
  var span: (start: Int, end: Int)?
  /// The year of a one-year work plan (`2026年…工作要点`): every figure of it is for that year.
  var workYear: Int?

  static let titleWords = [
    "方案", "规划", "意见", "决定", "办法", "计划", "纲要", "措施", "通知", "政策", "要点", "工作报告", "通报", "答复",
    "指南",
    // A speech: `在全市推进新型工业化大会上的讲话`.
    "上的讲话", "讲话稿",
  ]
  static let statusWords = ["征求意见稿", "送审稿", "试行", "草案"]

  init(paragraphs: [String], firstHeading: Int?) {
    let opening = Array(paragraphs.prefix(firstHeading ?? min(paragraphs.count, 12)))
    title = Self.title(in: opening)
    status = Self.statusWords.first { word in
      opening.contains { $0.count <= 40 && $0.contains(word) }
    }
    issuer = IssuerNames.issuer(in: opening, title: title)
    openingIssued = IssueDates.openingDate(opening)
    issued = IssueDates.date(opening: opening, paragraphs: paragraphs, stated: openingIssued)
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
          issued: openingIssued?.year)
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
    var title = headlinedTitle(opening[index]) ?? opening[index]
    while index + 1 < opening.count, let first = opening[index + 1].first,
      PlanTextCharacters.openingBrackets.contains(first), opening[index + 1].count <= 16,
      !statusWords.contains(where: opening[index + 1].contains)
    {
      index += 1
      title += opening[index]
    }
    return withoutStatus(title)
  }

  /// A news headline's title (`X县印发《X县…三年行动方案(2026—2028年)》`): the document it names.
  static func headlinedTitle(_ line: String) -> String? {
    guard !line.hasPrefix("关于"), let mark = line.textRange(of: "印发《"), line.hasSuffix("》") else {
      return nil
    }
    let inner = String(line[mark.upperBound..<line.index(before: line.endIndex)])
    return titleWords.contains(where: inner.contains) && !inner.contains("《") ? inner : nil
  }

  /// The title without a closing bracket of its status (`…(2023—2035年)(征求意见稿)`): the
  /// status is a field of its own.
  static func withoutStatus(_ title: String) -> String {
    guard let last = title.last, PlanTextCharacters.closingBrackets.contains(last),
      let open = title.lastIndex(where: PlanTextCharacters.openingBrackets.contains),
      open > title.startIndex,
      statusWords.contains(
        String(title[title.index(after: open)..<title.index(before: title.endIndex)]))
    else { return title }
    return String(title[..<open])
  }

  private static func isBalanced(_ line: String) -> Bool {
    let open = line.filter { PlanTextCharacters.openingBrackets.contains($0) }.count
    let close = line.filter { PlanTextCharacters.closingBrackets.contains($0) }.count
    return open == close
  }

  /// The value after `label:` in a metadata line (`发文单位: 丙县经济信息化局`).
  static func fieldValue(_ line: String, labels: [String]) -> String? {
    for label in labels {
      guard let range = line.textRange(of: label) else { continue }
      let rest = line[range.upperBound...].drop {
        $0 == ":" || $0 == ":" || PlanTextCharacters.isSpace($0)
      }
      let value = rest.prefix { !PlanTextCharacters.isSpace($0) }
      if !value.isEmpty { return String(value) }
    }
    return nil
  }

  /// The year a 文号 carries (`鹤政发〔2025〕9号` → 2025): the year the document was issued.
  var docNumberYear: Int? { docNumber.flatMap(Self.docNumberParts)?.year }

  /// The brackets a 文号's year stands in, as offices print them: `〔2025〕`, `[2025]`, `［2025］`.
  static let yearBrackets: [Character: Character] = ["〔": "〕", "[": "]", "［": "］", "【": "】"]

  /// A 文号 in a line (`鹤政发〔2025〕9号`, `乙政办发[2026]8号`): the issuer's short name, the
  /// bracketed year and the number, as printed; and its year.
  static func docNumberParts(_ line: String) -> (number: String, year: Int)? {
    for open in line.indices where yearBrackets[line[open]] != nil {
      let yearStart = line.index(after: open)
      guard let closer = yearBrackets[line[open]],
        let close = line[yearStart...].firstIndex(of: closer),
        let year = Int(line[yearStart..<close]), NumberUnitParser.isYear(Double(year))
      else { continue }
      let after = line[line.index(after: close)...]
      let digits = after.prefix(while: PlanTextCharacters.isDigit)
      guard !digits.isEmpty, after.dropFirst(digits.count).first == "号" else { continue }
      let head = line[..<open].reversed().prefix(while: PlanTextCharacters.isHan)
      guard !head.isEmpty else { continue }
      let end = after.index(after: digits.endIndex)
      return (String(head.reversed()) + String(line[open..<end]), year)
    }
    return nil
  }

  private static func docNumber(in opening: [String]) -> String? {
    opening.lazy.compactMap { docNumberParts($0)?.number }.first
  }
}

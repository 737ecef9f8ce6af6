/// A table's column label naming a year, alone (`2025年`) or with the part its figures play:
/// `2020年基数` (where things started), `2025年目标` (the goal), `2023年完成` (what was done —
/// an actual, which the plan format has no place for). A review's table of main indicators
/// labels its columns so (`指标　2020年基数　2025年目标　2023年完成　进度评价`).
import PlanModel

struct YearColumn: Equatable {
  enum Role: Equatable {
    case plain
    case start
    case goal
    case actual
  }

  var year: Int
  var role: Role

  static let roleWords: [(String, Role)] = [
    ("基数", .start), ("基期值", .start), ("基期", .start), ("基准值", .start), ("基准", .start),
    ("基础值", .start), ("现状值", .start), ("现状", .start), ("目标值", .goal), ("目标", .goal),
    ("规划值", .goal), ("完成值", .actual), ("完成", .actual), ("实际值", .actual), ("实际", .actual),
    ("实绩", .actual),
  ]

  /// `2030年` → 2030, plain; `2020年基数`, `2025年(目标)` → the year and its role; a unit the
  /// plan format knows after them (`2027年(亿元)`, `2028年目标(%)`: `TableUnit`) leaves the
  /// label as it is; nil for any other label.
  static func reading(_ label: String) -> YearColumn? {
    let text = TextCleaning.trimmed(label).filter { !"()（）".contains($0) }
    guard text.count >= 5, let mark = text.firstIndex(of: "年"),
      text.distance(from: text.startIndex, to: mark) == 4,
      let year = Int(text[..<mark]), (1949...2100).contains(year)
    else { return nil }
    var rest = String(text[text.index(after: mark)...])
    if let unit = KnownUnits.all.filter({ rest.hasSuffix($0) }).max(by: { $0.count < $1.count }) {
      rest.removeLast(unit.count)
    }
    if rest.isEmpty { return YearColumn(year: year, role: .plain) }
    return roleWords.first { $0.0 == rest }.map { YearColumn(year: year, role: $0.1) }
  }
}

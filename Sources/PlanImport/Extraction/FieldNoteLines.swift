import Foundation

/// A line of labelled fields standing under a task heading that names who is charged with a
/// chain or a task (`chargeLabels`) but no unit (`链长：市政府分管工业副市长；链主企业：X公司、Y公司。`): a note about
/// the heading, no task of its own. (A line naming units, `牵头单位：…；配合单位：…`, gives the
/// heading's tasks their units: `UnitNotes.line`.)
enum FieldNoteLines {
  /// Labels of who is charged with a chain or a task (a post, a leading enterprise, a team).
  static let chargeLabels: Set<String> = [
    "链长", "副链长", "链主", "链主企业", "专班", "工作专班", "责任领导", "联系领导", "分管领导", "包抓领导", "牵头领导",
    "责任人", "联络员",
  ]
  /// The longest such line.
  static let longestLine = 160

  static func isNote(_ paragraph: String) -> Bool {
    var text = PlanTextCharacters.trimmed(paragraph)
    while let last = text.last, "。.".contains(last) { text.removeLast() }
    guard !text.isEmpty, text.count <= longestLine, !text.contains("。") else { return false }
    let fields = text.split(whereSeparator: { ";；".contains($0) })
    return fields.allSatisfy { field in
      guard let colon = field.firstIndex(where: { ":：".contains($0) }) else { return false }
      let label = PlanTextCharacters.trimmed(field[..<colon])
      return chargeLabels.contains(label) && field[colon...].count > 1
    }
  }
}

/// A paragraph that states goals where the outline has no goals heading — a government work
/// report's `今年…的主要预期目标是:…`, `发展目标是:…`, `预期目标:…` under a heading of the year's work:
/// every figure in it states a goal, and it is no measure.
enum GoalStatement {
  static let pattern = #"(^|。)[^。]{0,40}?(主要预期目标|预期目标|主要目标|发展目标|总体目标)(是|为)?:"#

  static func opens(_ paragraph: String) -> Bool {
    paragraph.range(of: pattern, options: .regularExpression) != nil
  }

  /// The paragraphs that state goals, by index.
  static func paragraphs(_ paragraphs: [String]) -> Set<Int> {
    Set(paragraphs.indices.filter { opens(paragraphs[$0]) })
  }
}

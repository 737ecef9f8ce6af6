/// Lists a verb of attracting or filling opens that name examples of a class, not an
/// industry's parts (`ClusterAttractLists`):
/// - `重点引进A、B、C等项目`: projects named by example — the list closes with `等` right before
///   `项目` (not `重点招引A、B和C项目`, which names the directions to attract);
/// - `补齐A、B、C等关键零部件短板`, `补齐A、B等配套短板`: a class noun between `等` and the
///   closing says the names are products of that class (not `补齐A、B等短板环节`, `补齐A、B和C短板`).
enum AttractListExamples {
  /// Closings after which a list ending in `等` names examples.
  static let exampleClosings = ["项目"]
  /// Closings after which a class noun following `等` makes the names its examples.
  static let classClosings = ["短板"]

  /// True when the list (`list`, closing `closing`) names examples, not parts: `etc` is where
  /// the list's last `等` stands.
  static func namesExamples(
    _ list: Substring, etc: Range<String.Index>, closing: String
  ) -> Bool {
    let between = list[etc.upperBound...]
    if exampleClosings.contains(closing) { return between.isEmpty }
    return classClosings.contains(closing) && !between.isEmpty
  }
}

/// English counts: `1 measure`, `2 measures`.
extension CLIText {
  /// `s` after an English count other than one.
  static func plural(_ count: Int) -> String { count == 1 ? "" : "s" }

  /// A count and its English noun, the noun in the plural unless the count is one.
  static func counted(_ count: Int, _ noun: String, plural: String? = nil) -> String {
    "\(count) \(count == 1 ? noun : plural ?? noun + "s")"
  }
}

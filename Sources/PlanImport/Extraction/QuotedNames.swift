/// Words inside a quoted name or a document's title — `"两个全覆盖"`, `《…全覆盖三年行动方案》` —
/// name something; they state no goal of the plan (the goals are in its text).
enum QuotedNames {
  /// True when the range stands inside `《…》`, `“…”`, `「…」` or a pair of straight quotes
  /// opened before it in the text.
  static func encloses(_ range: Range<String.Index>, in text: Substring) -> Bool {
    let before = text[..<range.lowerBound]
    func open(_ opening: Character, _ closing: Character) -> Bool {
      before.filter { $0 == opening }.count > before.filter { $0 == closing }.count
    }
    return open("《", "》") || open("“", "”") || open("「", "」")
      || before.filter { $0 == "\"" }.count % 2 == 1
  }
}

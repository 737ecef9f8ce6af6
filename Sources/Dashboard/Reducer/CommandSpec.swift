/// One command `:` understands: its names (the first is the one help shows), its argument,
/// and what it does. `Commands.table` lists them all; `:` runs only what it lists and `?`
/// help shows exactly that list.
struct CommandSpec: Sendable {
  enum Kind: Sendable {
    case quit, region, status, unit, lead, theme, language, clear, help, export
  }

  var kind: Kind
  var names: [String]
  var argument: String
  var description: Localized

  /// `:region NAME`
  var label: String { ":" + names[0] + (argument.isEmpty ? "" : " " + argument) }

  /// The description, with the command's other names: `… (also :r)`.
  var helpDescription: Localized {
    let others = names.dropFirst().map { ":" + $0 }
    guard !others.isEmpty else { return description }
    return Localized(
      zh: description.zh + "（又作 " + others.joined(separator: " ") + "）",
      en: description.en + " (also " + others.joined(separator: " ") + ")")
  }
}

/// Reads a theme file. The format, one setting a line, `#` starts a comment:
///
///     name = okabe-ito
///     border_focused = #56B4E9 bold
///     selection      = #000000 on #E69F00
///     muted          = 245
///     normal         = default on default
///
/// The key is a style role (`StyleRole` raw values: `normal`, `muted`, `title`, `header`,
/// `border`, `border_focused`, `selection`, `selection_unfocused`, `marked`, `done`,
/// `in_progress`, `blocked`, `todo`, `behind`, `report_due`, `report_behind`,
/// `report_overdue`, `bar_filled`, `bar_empty`, `status_line`,
/// `error`, `warning`). The value: a foreground colour, optionally `on` a background colour,
/// then any of `bold`, `reverse`, `underline`. A colour is `#RRGGBB`, an index 0–255, or
/// `default`. Anything unknown or malformed gets a warning naming the file and line; the
/// role keeps the built-in default. Parsing never fails.
public enum ThemeParser {
  public struct Warning: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var message: Localized

    /// `file:line: message` in one language.
    public func text(_ language: Language) -> String { "\(file):\(line): \(message(language))" }

    public var description: String { text(.en) }
  }

  public static func parse(_ text: String, file: String, defaultName: String? = nil) -> (
    theme: Theme, warnings: [Warning]
  ) {
    var roles: [StyleRole: RoleColors] = [:]
    var name = defaultName ?? file
    var warnings: [Warning] = []
    var seen: Set<String> = []
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    for (index, raw) in lines.enumerated() {
      let lineNumber = index + 1
      func warn(_ message: Localized) {
        warnings.append(Warning(file: file, line: lineNumber, message: message))
      }
      var line = String(raw)
      if let hash = commentStart(line) { line = String(line[..<hash]) }
      line = line.trimmingCharacters(in: " \t\r")
      if line.isEmpty { continue }
      guard let eq = line.firstIndex(of: "=") else {
        warn(ThemeText.notKeyValue(line))
        continue
      }
      let key = String(line[..<eq]).trimmingCharacters(in: " \t").lowercased()
      let value = String(line[line.index(after: eq)...]).trimmingCharacters(in: " \t")
      if seen.contains(key) { warn(ThemeText.setAgain(key)) }
      seen.insert(key)
      if key == "name" {
        if value.isEmpty { warn(ThemeText.emptyName) } else { name = value }
        continue
      }
      guard let role = StyleRole(rawValue: key) else {
        let known = StyleRole.allCases.map(\.rawValue).joined(separator: ", ")
        warn(ThemeText.unknownKey(key, known: known))
        continue
      }
      switch parseValue(value) {
      case .success(let colors): roles[role] = colors
      case .failure(let problem): warn(ThemeText.badValue(key, problem.message))
      }
    }
    return (Theme(name: name, roles: roles), warnings)
  }

  struct Problem: Error {
    var message: Localized
  }

  /// `FG [on BG] [bold] [reverse] [underline]`.
  static func parseValue(_ value: String) -> Result<RoleColors, Problem> {
    var words = value.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
    var colors = RoleColors()
    var attributes: [String] = []
    while let last = words.last, ["bold", "reverse", "underline"].contains(last.lowercased()) {
      attributes.append(last.lowercased())
      words.removeLast()
    }
    colors.bold = attributes.contains("bold")
    colors.reverse = attributes.contains("reverse")
    colors.underline = attributes.contains("underline")
    switch words.count {
    case 0:
      return attributes.isEmpty ? .failure(Problem(message: ThemeText.noColour)) : .success(colors)
    case 1:
      guard let fg = parseColor(words[0]) else {
        return .failure(Problem(message: ThemeText.badColour(words[0])))
      }
      colors.foreground = fg
    case 3 where words[1].lowercased() == "on":
      guard let fg = parseColor(words[0]) else {
        return .failure(Problem(message: ThemeText.badColour(words[0])))
      }
      guard let bg = parseColor(words[2]) else {
        return .failure(Problem(message: ThemeText.badColour(words[2])))
      }
      colors.foreground = fg
      colors.background = bg
    default:
      return .failure(
        Problem(message: ThemeText.badShape(value)))
    }
    return .success(colors)
  }

  /// `#RRGGBB`, `0`–`255`, or `default`.
  public static func parseColor(_ text: String) -> ThemeColor? {
    let t = text.lowercased()
    if t == "default" { return .terminalDefault }
    if t.hasPrefix("#") {
      let hex = t.dropFirst()
      guard hex.count == 6, let v = UInt32(hex, radix: 16) else { return nil }
      return .rgb(UInt8(v >> 16 & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF))
    }
    if let n = Int(t), (0...255).contains(n), t.allSatisfy(\.isNumber) { return .indexed(UInt8(n)) }
    return nil
  }

  /// A `#` that starts a comment: first on its line, or after a space and before a space
  /// or the line's end (so `#RRGGBB` and a malformed `#12345` are values, not comments).
  private static func commentStart(_ line: String) -> String.Index? {
    var onlySpaceBefore = true
    var previous: Character = " "
    for index in line.indices {
      let c = line[index]
      if c == "#" {
        let next = line.index(after: index)
        let followedBySpace = next == line.endIndex || line[next] == " " || line[next] == "\t"
        if onlySpaceBefore || ((previous == " " || previous == "\t") && followedBySpace) {
          return index
        }
      }
      if c != " " && c != "\t" { onlySpaceBefore = false }
      previous = c
    }
    return nil
  }
}

extension String {
  fileprivate func trimmingCharacters(in set: String) -> String {
    let chars = Set(set)
    guard let start = firstIndex(where: { !chars.contains($0) }) else { return "" }
    let end = lastIndex(where: { !chars.contains($0) })!
    return String(self[start...end])
  }
}

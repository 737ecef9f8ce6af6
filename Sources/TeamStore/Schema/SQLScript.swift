import Foundation

/// Splits an SQL script into its statements at the semicolons that end them (not those in
/// quotes, dollar-quoted bodies or `--` comments): postgres-nio sends one statement at a time.
enum SQLScript {
  static func statements(_ script: String) -> [String] {
    var statements: [String] = []
    var current = ""
    var quote: String?
    let characters = Array(script)
    var index = 0
    while index < characters.count {
      let character = characters[index]
      if let open = quote {
        if open == "'" && character == "'" {
          quote = nil
        } else if open.hasPrefix("$"), character == "$", matches(open, in: characters, at: index) {
          current += open.dropLast()
          index += open.count - 1
          quote = nil
        }
      } else if character == "-" && index + 1 < characters.count && characters[index + 1] == "-" {
        while index < characters.count && characters[index] != "\n" { index += 1 }
        continue
      } else if character == "'" {
        quote = "'"
      } else if character == "$", let tag = dollarTag(characters, at: index) {
        quote = tag
        current += tag.dropLast()
        index += tag.count - 1
      } else if character == ";" {
        append(current, to: &statements)
        current = ""
        index += 1
        continue
      }
      current.append(character)
      index += 1
    }
    append(current, to: &statements)
    return statements
  }

  private static func append(_ statement: String, to statements: inout [String]) {
    let trimmed = statement.trimmingCharacters(in: .whitespacesAndNewlines)
    if !trimmed.isEmpty { statements.append(trimmed) }
  }

  /// `$$` or `$tag$` starting at `index`, or nil (a `$1` parameter, say).
  private static func dollarTag(_ characters: [Character], at index: Int) -> String? {
    var end = index + 1
    while end < characters.count, characters[end].isLetter || characters[end] == "_" { end += 1 }
    guard end < characters.count, characters[end] == "$" else { return nil }
    return String(characters[index...end])
  }

  private static func matches(_ tag: String, in characters: [Character], at index: Int) -> Bool {
    let tagCharacters = Array(tag)
    guard index + tagCharacters.count <= characters.count else { return false }
    return Array(characters[index..<(index + tagCharacters.count)]) == tagCharacters
  }
}

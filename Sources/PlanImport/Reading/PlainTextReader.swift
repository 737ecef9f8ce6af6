import Foundation

/// Reads a plain text file: its encoding found (`TextDecoding`), a first line
/// `# source: URL` taken as the origin, and every non-empty line a paragraph, trimmed.
enum PlainTextReader {
  static func read(_ bytes: [UInt8], path: String) throws(DocumentReadError) -> DocumentText {
    guard let (text, _) = TextDecoding.decode(bytes) else { throw .notText(path: path) }
    var lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
      .map(TextCleaning.trimmed)
    var origin: String?
    if let first = lines.first(where: { !$0.isEmpty }), let source = sourceLine(first) {
      origin = source
      lines.removeFirst(lines.firstIndex(of: first)! + 1)
    }
    let paragraphs = lines.filter { !$0.isEmpty }
    guard !paragraphs.isEmpty else { throw .noText(path: path) }
    return DocumentText(
      blocks: paragraphs.map(DocumentBlock.paragraph), kind: .text, origin: origin)
  }

  /// The address a line `# source: …` names (the word's case and the spaces are free).
  static func sourceLine(_ line: String) -> String? {
    guard line.hasPrefix("#") else { return nil }
    let rest = line.dropFirst().drop(while: \.isWhitespace)
    guard rest.lowercased().hasPrefix("source") else { return nil }
    let afterWord = rest.dropFirst("source".count).drop(while: \.isWhitespace)
    guard let colon = afterWord.first, colon == ":" || colon == "：" else { return nil }
    let address = TextCleaning.trimmed(afterWord.dropFirst())
    return address.isEmpty ? nil : address
  }
}

import Foundation

/// Reads a plain text file: its encoding found (`TextDecoding`), a first line
/// `# source: URL` taken as the origin, every non-empty line a paragraph, trimmed, and a
/// table printed as layout text a table (`LayoutTextTable`). A text printed from a PDF
/// loses its page numbers and running heads (`PlainTextPages`) and has the lines it was
/// broken into joined back into paragraphs (`WrappedLines`).
enum PlainTextReader {
  static func read(_ bytes: [UInt8], path: String) throws(DocumentReadError) -> DocumentText {
    guard let (text, _) = TextDecoding.decode(bytes) else { throw .notText(path: path) }
    var lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
      .map(String.init)
    var origin: String?
    if let first = lines.firstIndex(where: { !TextCleaning.trimmed($0).isEmpty }),
      let source = sourceLine(TextCleaning.trimmed(lines[first]))
    {
      origin = source
      lines.removeFirst(first + 1)
    }
    // A text printed from a PDF: its page furniture goes and its broken lines are joined.
    let joined = WrappedLines.joined(PlainTextPages(lines))
    // A table printed as layout text (`pdftotext -layout`) is read as a table.
    let blocks = LayoutTextTable.blocks(of: joined)
    guard !blocks.isEmpty else { throw .noText(path: path) }
    return DocumentText(blocks: blocks, kind: .text, origin: origin)
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

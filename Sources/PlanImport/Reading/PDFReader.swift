import Foundation

/// Reads a PDF through poppler's `pdftotext -bbox-layout`: every word with its box, from
/// which `PDFLayout` rebuilds paragraphs and tables after `PDFFurniture` has dropped page
/// numbers and running heads. A PDF with no text is a scan; one needing a password is
/// encrypted; one without its end is truncated.
enum PDFReader {
  static let tool = "pdftotext"
  static let package = "poppler-utils"

  static func read(_ file: DocumentFile) throws(DocumentReadError) -> DocumentText {
    try checkShape(file)
    guard let executable = file.tools.locate(tool) else {
      throw .missingTool(path: file.path, tool: tool, package: package)
    }
    let pages = try boxes(file, executable: executable)
    let blocks = PDFLayout(pages: PDFFurniture.removed(from: pages)).blocks
    guard !blocks.isEmpty else { throw .scannedPDF(path: file.path) }
    return DocumentText(blocks: blocks, kind: .pdf)
  }

  /// A PDF starts with `%PDF` and ends with `%%EOF` (within its last kilobyte).
  static func checkShape(_ file: DocumentFile) throws(DocumentReadError) {
    guard contains(file.bytes.prefix(1024), "%PDF") else {
      throw .corrupt(path: file.path, kind: .pdf, detail: "no PDF header")
    }
    guard contains(file.bytes.suffix(1024), "%%EOF") else {
      throw .corrupt(path: file.path, kind: .pdf, detail: "truncated: no end-of-file mark")
    }
  }

  private static func contains(_ bytes: ArraySlice<UInt8>, _ mark: String) -> Bool {
    let pattern = Array(mark.utf8)
    guard bytes.count >= pattern.count else { return false }
    return (bytes.startIndex...(bytes.endIndex - pattern.count)).contains {
      bytes[$0..<($0 + pattern.count)].elementsEqual(pattern)
    }
  }

  /// The pages with their word boxes, as pdftotext lays them out.
  static func boxes(_ file: DocumentFile, executable: String) throws(DocumentReadError)
    -> [PDFPage]
  {
    do {
      let scratch = try ScratchFolder()
      let output = scratch.path("boxes.html")
      let outcome = try file.tools.run(
        executable, ["-bbox-layout", "-enc", "UTF-8", file.url.path, output], output: nil,
        in: scratch)
      if outcome.timedOut {
        throw DocumentReadError.timedOut(
          path: file.path, tool: tool, seconds: Int(file.tools.timeout.rounded(.up)))
      }
      guard outcome.status == 0 else { throw failure(outcome, file: file) }
      guard let data = FileManager.default.contents(atPath: output),
        let pages = PDFBoxes.pages(data)
      else {
        throw DocumentReadError.toolFailed(path: file.path, tool: tool, detail: "unreadable output")
      }
      return pages
    } catch let error as DocumentReadError {
      throw error
    } catch {
      throw .toolFailed(path: file.path, tool: tool, detail: "\(error)")
    }
  }

  /// What pdftotext's failure means: a password asked, else a damaged file.
  private static func failure(_ outcome: ExternalTools.Outcome, file: DocumentFile)
    -> DocumentReadError
  {
    let message = outcome.errorOutput.split(whereSeparator: \.isNewline).last.map(String.init) ?? ""
    if outcome.errorOutput.lowercased().contains("password") { return .encrypted(path: file.path) }
    return .corrupt(
      path: file.path, kind: .pdf,
      detail: message.isEmpty ? "pdftotext exit \(outcome.status)" : message)
  }
}

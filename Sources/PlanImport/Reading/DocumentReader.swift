import Foundation
import PlanFiles

/// Reads a plan document of any kind plandash imports into `DocumentText`: the kind from
/// the file's extension (or, without one, from its first bytes), then that kind's reader.
/// Every failure is a `DocumentReadError`: one line naming the file.
public enum DocumentReader {
  /// The document at `url`, read with the programs on the `PATH`.
  public static func read(_ url: URL) throws -> DocumentText {
    try read(url, tools: ExternalTools())
  }

  /// The document at `url`, read with the external programs `tools` finds (LibreOffice for
  /// .doc/.wps, poppler for .pdf).
  public static func read(_ url: URL, tools: ExternalTools) throws(DocumentReadError)
    -> DocumentText
  {
    let path = url.relativePath
    guard let bytes = FileBytes.read(url.path) else { throw .unreadable(path: path) }
    guard bytes.contains(where: { !isBlankByte($0) }) else { throw .empty(path: path) }
    let kind = try kind(of: url, bytes: bytes)
    let file = DocumentFile(path: path, url: url, bytes: bytes, tools: tools)
    switch kind {
    case .text:
      return try PlainTextReader.read(bytes, path: path)
    case .html, .docx, .doc, .wps, .pdf:
      // Read in the next steps of this branch.
      _ = file
      throw .unknownKind(path: path, fileExtension: "." + url.pathExtension)
    }
  }

  /// The kind the extension names; for a file without one, the kind its bytes show.
  static func kind(of url: URL, bytes: [UInt8]) throws(DocumentReadError) -> DocumentKind {
    let fileExtension = url.pathExtension
    if fileExtension.isEmpty { return DocumentKind(sniffing: bytes) }
    guard let kind = DocumentKind(fileExtension: fileExtension) else {
      throw .unknownKind(path: url.relativePath, fileExtension: "." + fileExtension)
    }
    return kind
  }

  /// White space in any of the encodings read (ASCII blanks, and the bytes of a BOM).
  private static func isBlankByte(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
  }
}

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
    return try read(file, as: kind)
  }

  /// The file read by the reader for its kind — or for what its bytes are, when the name
  /// says otherwise (a .doc that is a .docx inside, a .docx that is an encrypted package).
  static func read(_ file: DocumentFile, as kind: DocumentKind) throws(DocumentReadError)
    -> DocumentText
  {
    let isZip = file.bytes.starts(with: [0x50, 0x4B])
    switch kind {
    case .text:
      return try PlainTextReader.read(file.bytes, path: file.path)
    case .html:
      return try HTMLReader.read(file)
    case .pdf:
      return try PDFReader.read(file)
    case .docx, .doc, .wps:
      if CompoundFile.isCompound(file.bytes) {
        if CompoundFile.holdsEncryptedPackage(file.bytes) { throw .encrypted(path: file.path) }
        guard CompoundFile.isWellFormed(file.bytes) else {
          throw .corrupt(path: file.path, kind: kind, detail: "damaged Word 97 container")
        }
        return try LibreOfficeConverter.read(file, kind: kind == .docx ? .doc : kind)
      }
      if isZip || kind == .docx { return try DocxReader.read(file, kind: kind) }
      return try LibreOfficeConverter.read(file, kind: kind)
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

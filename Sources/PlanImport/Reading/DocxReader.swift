import Foundation
import ZIPFoundation

/// Reads a Word 2007+ file (.docx) directly: the ZIP archive opened by ZIPFoundation, its
/// main document, numbering and styles parsed by libxml2 (`XMLPartReader`, `DocxBody`).
enum DocxReader {
  static func read(_ file: DocumentFile, kind: DocumentKind = .docx) throws(DocumentReadError)
    -> DocumentText
  {
    guard MarkupDocument.isAvailable else {
      throw .missingTool(path: file.path, tool: "libxml2", package: "libxml2")
    }
    let archive: Archive
    do {
      archive = try Archive(url: file.url, accessMode: .read)
    } catch {
      throw .corrupt(path: file.path, kind: kind, detail: "not a ZIP archive")
    }
    let documentName = mainDocumentName(archive) ?? "word/document.xml"
    guard let document = try part(documentName, of: archive, file: file, kind: kind) else {
      throw .corrupt(path: file.path, kind: kind, detail: "no \(documentName)")
    }
    guard let body = document.child("body") else {
      throw .corrupt(path: file.path, kind: kind, detail: "\(documentName) has no body")
    }
    let folder = (documentName as NSString).deletingLastPathComponent
    let numbering = try part(folder + "/numbering.xml", of: archive, file: file, kind: kind)
    let styles = try part(folder + "/styles.xml", of: archive, file: file, kind: kind)
    var reader = DocxBody(numbering: DocxNumbering(numbering), styles: DocxStyles(styles))
    let blocks = reader.blocks(of: body)
    guard !blocks.isEmpty else { throw .noText(path: file.path) }
    return DocumentText(blocks: blocks, kind: kind)
  }

  /// A part parsed, nil when the archive has none by that name.
  static func part(_ name: String, of archive: Archive, file: DocumentFile, kind: DocumentKind)
    throws(DocumentReadError) -> XMLPart?
  {
    guard let entry = archive[name] else { return nil }
    var data = Data()
    do {
      _ = try archive.extract(entry) { data.append($0) }
    } catch {
      throw .corrupt(path: file.path, kind: kind, detail: "\(name) cannot be unpacked")
    }
    guard let parsed = XMLPart.parse(data) else {
      throw .corrupt(path: file.path, kind: kind, detail: "\(name) is not well-formed XML")
    }
    return parsed
  }

  /// The main document's part name as the package relationships give it (`_rels/.rels`).
  static func mainDocumentName(_ archive: Archive) -> String? {
    guard let entry = archive["_rels/.rels"] else { return nil }
    var data = Data()
    guard (try? archive.extract(entry) { data.append($0) }) != nil,
      let relationships = XMLPart.parse(data)
    else { return nil }
    let main = relationships.elements.first {
      $0.attributes["Type"]?.hasSuffix("/officeDocument") == true
    }
    guard let target = main?.attributes["Target"] else { return nil }
    return target.hasPrefix("/") ? String(target.dropFirst()) : target
  }
}

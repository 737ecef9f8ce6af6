import Foundation

/// Writes a `WordDocument` as a .docx (Office Open XML, ECMA-376) through `ZipPackage`.
public enum WordDocumentWriter {
  /// The package's parts, in the order they are stored.
  public static func package(_ document: WordDocument, created: Date = Date()) -> ZipPackage {
    ZipPackage(parts: [
      .init(path: "[Content_Types].xml", xml: WordPackageParts.contentTypes),
      .init(path: "_rels/.rels", xml: WordPackageParts.packageRelationships),
      .init(path: "word/document.xml", xml: WordBodyPart.xml(document)),
      .init(path: "word/_rels/document.xml.rels", xml: WordPackageParts.documentRelationships),
      .init(path: "word/styles.xml", xml: WordStylesPart.xml(language: document.language)),
      .init(path: "word/settings.xml", xml: WordPackageParts.settings),
      .init(path: "word/fontTable.xml", xml: WordFonts.tablePart),
      .init(path: "word/footer1.xml", xml: WordPackageParts.footer(odd: true)),
      .init(path: "word/footer2.xml", xml: WordPackageParts.footer(odd: false)),
      .init(
        path: "docProps/core.xml",
        xml: WordPackageParts.core(title: document.title, author: document.author, created: created)
      ),
      .init(path: "docProps/app.xml", xml: WordPackageParts.app),
    ])
  }

  /// Writes the document to a new file at `url`.
  public static func write(_ document: WordDocument, to url: URL) throws {
    let now = Date()
    try package(document, created: now).write(to: url, modified: now)
  }
}

/// A document's text as read from its file (.txt, .html, .docx, .doc/.wps, .pdf): its blocks
/// in reading order. Everything the extraction rules see comes through this type, so they
/// never depend on the kind of file.
public struct DocumentText: Hashable, Sendable {
  public var blocks: [DocumentBlock]
  /// The kind of file it was read from.
  public var kind: DocumentKind
  /// The page address or origin the input names (`# source: …` first line of a text file,
  /// an HTML page's canonical link), if any.
  public var origin: String?

  public init(blocks: [DocumentBlock], kind: DocumentKind, origin: String? = nil) {
    self.blocks = blocks
    self.kind = kind
    self.origin = origin
  }

  /// The paragraphs alone, in order.
  public var paragraphs: [String] {
    blocks.compactMap { if case .paragraph(let text) = $0 { text } else { nil } }
  }

  /// The tables alone, in order.
  public var tables: [DocumentTable] {
    blocks.compactMap { if case .table(let table) = $0 { table } else { nil } }
  }
}

/// One block of a document: a paragraph (automatic numbering rendered as printed, e.g.
/// `(一)`, line breaks inside it removed) or a table.
public enum DocumentBlock: Hashable, Sendable {
  case paragraph(String)
  case table(DocumentTable)
}

/// A table as printed: rows of cells, a merged cell's text repeated in every cell it spans
/// (so each row reads whole, as a 任务分工表's row does to a person).
public struct DocumentTable: Hashable, Sendable {
  public var rows: [[String]]

  public init(rows: [[String]]) {
    self.rows = rows
  }
}

/// The kinds of file `plandash import` reads.
public enum DocumentKind: String, CaseIterable, Hashable, Sendable {
  case text, html, docx, doc, wps, pdf
}

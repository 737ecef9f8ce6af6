import PlanModel

extension DocumentKind {
  /// The kind a file's extension names (case ignored), or nil for one plandash does not read.
  public init?(fileExtension: String) {
    switch fileExtension.lowercased() {
    case "txt", "text": self = .text
    case "html", "htm", "xhtml", "shtml": self = .html
    case "docx": self = .docx
    case "doc": self = .doc
    case "wps": self = .wps
    case "pdf": self = .pdf
    default: return nil
    }
  }

  /// The kind the first bytes show, for a file without an extension: a PDF header, a ZIP
  /// (Word 2007+), an OLE2 compound file (Word 97–2003 or WPS), markup, else text.
  init(sniffing bytes: [UInt8]) {
    if bytes.starts(with: Array("%PDF".utf8)) {
      self = .pdf
    } else if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
      self = .docx
    } else if bytes.starts(with: DocumentKind.compoundFileSignature) {
      self = .doc
    } else if HTMLSniffer.looksLikeHTML(bytes) {
      self = .html
    } else {
      self = .text
    }
  }

  /// The signature of an OLE2 compound file (.doc, .wps, .xls …).
  static let compoundFileSignature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

  /// The kind's name in messages.
  var name: Localized {
    switch self {
    case .text: Localized(zh: "文本", en: "text")
    case .html: Localized(zh: "网页（HTML）", en: "HTML")
    case .docx: Localized(zh: "Word（.docx）", en: "Word (.docx)")
    case .doc: Localized(zh: "Word（.doc）", en: "Word (.doc)")
    case .wps: Localized(zh: "WPS（.wps）", en: "WPS (.wps)")
    case .pdf: Localized(zh: "PDF", en: "PDF")
    }
  }
}

/// Whether bytes begin as an HTML page does (after white space and a byte-order mark).
enum HTMLSniffer {
  static func looksLikeHTML(_ bytes: [UInt8]) -> Bool {
    let head = String(decoding: bytes.prefix(512), as: UTF8.self).lowercased()
    let start = head.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
    return start.hasPrefix("<!doctype html") || start.hasPrefix("<html")
      || (start.hasPrefix("<") && head.contains("<body"))
  }
}

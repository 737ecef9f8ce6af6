import Foundation

/// An XML part of a document (a .docx's document.xml, numbering.xml, styles.xml) as a
/// small tree, names and attribute names without their namespace prefix (`w:p` → `p`).
final class XMLPart: @unchecked Sendable {
  enum Node {
    case element(XMLPart)
    case text(String)
  }

  let name: String
  let attributes: [String: String]
  var children: [Node] = []

  init(name: String, attributes: [String: String]) {
    self.name = name
    self.attributes = attributes
  }

  /// The child elements, in order.
  var elements: [XMLPart] {
    children.compactMap { if case .element(let element) = $0 { element } else { nil } }
  }

  /// The first child element named `name`.
  func child(_ name: String) -> XMLPart? {
    elements.first { $0.name == name }
  }

  /// The `val` attribute of the child named `name` (the shape of most OOXML properties).
  func value(of name: String) -> String? {
    child(name)?.attributes["val"]
  }

  /// The text directly inside.
  var text: String {
    children.map { if case .text(let text) = $0 { text } else { "" } }.joined()
  }

  /// Parses `data` with libxml2 (loaded when first needed, `XMLPartReader`); nil when it
  /// is not well-formed XML.
  static func parse(_ data: Data) -> XMLPart? { XMLPartReader.parse(data) }

  static func localName(_ qualified: String) -> String {
    qualified.split(separator: ":").last.map(String.init) ?? qualified
  }
}

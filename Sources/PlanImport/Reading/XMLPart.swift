import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// An XML part of a document (a .docx's document.xml, numbering.xml, styles.xml) as a
/// small tree, names and attribute names without their namespace prefix (`w:p` → `p`).
final class XMLPart: @unchecked Sendable {
  enum Node {
    case element(XMLPart)
    case text(String)
  }

  let name: String
  let attributes: [String: String]
  fileprivate(set) var children: [Node] = []

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

  /// Parses `data`; nil when it is not well-formed XML.
  static func parse(_ data: Data) -> XMLPart? {
    let builder = XMLPartBuilder()
    let parser = XMLParser(data: data)
    parser.delegate = builder
    guard parser.parse(), let root = builder.root else { return nil }
    return root
  }

  static func localName(_ qualified: String) -> String {
    qualified.split(separator: ":").last.map(String.init) ?? qualified
  }
}

/// Builds an `XMLPart` tree from the parser's events.
private final class XMLPartBuilder: NSObject, XMLParserDelegate {
  var root: XMLPart?
  private var stack: [XMLPart] = []

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName: String?, attributes: [String: String] = [:]
  ) {
    var local: [String: String] = [:]
    for (key, value) in attributes { local[XMLPart.localName(key)] = value }
    let element = XMLPart(name: XMLPart.localName(elementName), attributes: local)
    stack.last?.children.append(.element(element))
    if root == nil { root = element }
    stack.append(element)
  }

  func parser(
    _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
    qualifiedName: String?
  ) {
    stack.removeLast()
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    stack.last?.children.append(.text(string))
  }
}

import Foundation

/// Parses an XML part with libxml2's parser into an `XMLPart` tree: elements and attributes
/// by their local names, text as written (entities decoded), no network, no external DTD.
/// Not Foundation's XMLParser: linking FoundationXML made every start of plandash load
/// libxml2 and its dependencies (docs/benchmarks.md, issue 15); here libxml2 is opened only
/// when a Word file is read (`MarkupDocument`).
enum XMLPartReader {
  /// The tree of `data`; nil when it is not well-formed or libxml2 is missing.
  static func parse(_ data: Data) -> XMLPart? {
    guard let document = MarkupDocument(xml: [UInt8](data)), let root = document.root else {
      return nil
    }
    return withExtendedLifetime(document) { element(root) }
  }

  /// An element and everything under it (CDATA sections are skipped, as XMLParser's
  /// text events, which built these trees before, did not carry them).
  private static func element(_ node: MarkupNode) -> XMLPart {
    var attributes: [String: String] = [:]
    for attribute in node.attributes {
      attributes[XMLPart.localName(attribute.name)] = attribute.value
    }
    let part = XMLPart(name: XMLPart.localName(node.name), attributes: attributes)
    for child in node.children {
      switch child.kind {
      case .element: part.children.append(.element(element(child)))
      case .text: part.children.append(.text(child.content))
      case .cdata, .other: break
      }
    }
    return part
  }
}

import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// An XML document read into elements, for tests that look inside Office files.
public final class XMLTree {
  public let name: String
  public let attributes: [String: String]
  public internal(set) var children: [XMLTree] = []
  /// The text directly inside the element.
  public internal(set) var text = ""

  init(name: String, attributes: [String: String]) {
    self.name = name
    self.attributes = attributes
  }

  /// Parses `data`; throws when it is not well-formed XML.
  public static func parse(_ data: Data) throws -> XMLTree {
    let builder = Builder()
    let parser = XMLParser(data: data)
    parser.delegate = builder
    guard parser.parse(), let root = builder.root else {
      throw XMLTreeError(
        description: "not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "?")")
    }
    return root
  }

  public static func parse(_ text: String) throws -> XMLTree { try parse(Data(text.utf8)) }

  /// Every element below (and including) this one named `name` (`w:tc`), in document order.
  public func all(_ name: String) -> [XMLTree] {
    (self.name == name ? [self] : []) + children.flatMap { $0.all(name) }
  }

  public func first(_ name: String) -> XMLTree? { all(name).first }

  /// The text of every element named `textElement` below, joined (`w:t` in Word, `t` in
  /// Excel's shared strings).
  public func joinedText(_ textElement: String) -> String {
    all(textElement).map(\.text).joined()
  }

  final class Builder: NSObject, XMLParserDelegate {
    var root: XMLTree?
    var stack: [XMLTree] = []

    func parser(
      _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
      qualifiedName: String?, attributes: [String: String] = [:]
    ) {
      let element = XMLTree(name: elementName, attributes: attributes)
      if let parent = stack.last { parent.children.append(element) } else { root = element }
      stack.append(element)
    }

    func parser(
      _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
      qualifiedName: String?
    ) {
      stack.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
      stack.last?.text += string
    }
  }
}

public struct XMLTreeError: Error, CustomStringConvertible {
  public let description: String
}

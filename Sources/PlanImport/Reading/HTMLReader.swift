import CLibXML2
import Foundation

/// Reads a web page (a government portal's page of a plan) with libxml2's HTML parser,
/// which mends broken markup as browsers do and decodes every entity. The body's text is
/// kept and the page's furniture dropped (`HTMLWalker`); its canonical address is the origin.
enum HTMLReader {
  static func read(_ file: DocumentFile) throws(DocumentReadError) -> DocumentText {
    guard let page = HTMLCharset.decode(file.bytes) else { throw .notText(path: file.path) }
    var utf8 = Array(page.utf8)
    let options = Int32(
      bitPattern: HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
        | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue)
    let parsed = utf8.withUnsafeMutableBufferPointer { buffer in
      buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
        htmlReadMemory($0, Int32(buffer.count), nil, "UTF-8", options)
      }
    }
    guard let document = parsed, let root = xmlDocGetRootElement(document) else {
      throw .corrupt(path: file.path, kind: .html, detail: "no HTML element")
    }
    defer { xmlFreeDoc(document) }
    var walker = HTMLWalker()
    walker.walk(HTMLNode.child(root, named: "body") ?? root)
    walker.finishParagraph()
    guard !walker.blocks.isEmpty else { throw .noText(path: file.path) }
    return DocumentText(blocks: walker.blocks, kind: .html, origin: origin(root))
  }

  /// The page's own address: `<link rel="canonical">`, else `<meta property="og:url">`.
  static func origin(_ root: xmlNodePtr) -> String? {
    guard let head = HTMLNode.child(root, named: "head") else { return nil }
    for node in HTMLNode.children(head) {
      let name = HTMLNode.name(node)
      if name == "link", HTMLNode.attribute(node, "rel")?.lowercased() == "canonical" {
        return HTMLNode.attribute(node, "href").map(TextCleaning.trimmed)
      }
      if name == "meta", HTMLNode.attribute(node, "property")?.lowercased() == "og:url" {
        return HTMLNode.attribute(node, "content").map(TextCleaning.trimmed)
      }
    }
    return nil
  }
}

/// Small reads of libxml2's tree: names, attributes, children, text.
enum HTMLNode {
  static func string(_ xml: UnsafePointer<xmlChar>?) -> String {
    guard let xml else { return "" }
    return String(cString: UnsafeRawPointer(xml).assumingMemoryBound(to: CChar.self))
  }

  /// An element's name, lower-cased (empty for other nodes).
  static func name(_ node: xmlNodePtr) -> String {
    node.pointee.type == XML_ELEMENT_NODE ? string(node.pointee.name).lowercased() : ""
  }

  static func children(_ node: xmlNodePtr) -> [xmlNodePtr] {
    var result: [xmlNodePtr] = []
    var child = node.pointee.children
    while let current = child {
      result.append(current)
      child = current.pointee.next
    }
    return result
  }

  static func child(_ node: xmlNodePtr, named name: String) -> xmlNodePtr? {
    children(node).first { self.name($0) == name }
  }

  /// An attribute's value (its text children joined), or nil when the element has none.
  static func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
    var property = node.pointee.properties
    while let current = property {
      if string(current.pointee.name).lowercased() == name {
        var value = ""
        var child = current.pointee.children
        while let text = child {
          value += string(text.pointee.content)
          child = text.pointee.next
        }
        return value
      }
      property = current.pointee.next
    }
    return nil
  }

  /// Whether a descendant is an element named `name`.
  static func contains(_ node: xmlNodePtr, elementNamed name: String) -> Bool {
    children(node).contains { self.name($0) == name || contains($0, elementNamed: name) }
  }
}

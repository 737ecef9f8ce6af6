import Foundation

/// Reads a web page (a government portal's page of a plan) with libxml2's HTML parser,
/// which mends broken markup as browsers do and decodes every entity. The body's text is
/// kept and the page's furniture dropped (`HTMLWalker`); its canonical address is the origin.
enum HTMLReader {
  static func read(_ file: DocumentFile) throws(DocumentReadError) -> DocumentText {
    guard let page = HTMLCharset.decode(file.bytes) else { throw .notText(path: file.path) }
    guard MarkupDocument.isAvailable else {
      throw .missingTool(path: file.path, tool: "libxml2", package: "libxml2")
    }
    guard let document = MarkupDocument(html: Array(page.utf8)), let root = document.root else {
      throw .corrupt(path: file.path, kind: .html, detail: "no HTML element")
    }
    var walker = HTMLWalker()
    walker.walk(HTMLNode.child(root, named: "body") ?? root)
    walker.finishParagraph()
    guard !walker.blocks.isEmpty else { throw .noText(path: file.path) }
    return withExtendedLifetime(document) {
      DocumentText(blocks: walker.blocks, kind: .html, origin: origin(root))
    }
  }

  /// The page's own address: `<link rel="canonical">`, else `<meta property="og:url">`.
  static func origin(_ root: MarkupNode) -> String? {
    guard let head = HTMLNode.child(root, named: "head") else { return nil }
    for node in head.children {
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

/// Small reads of a page's tree: names, attributes, children.
enum HTMLNode {
  /// An element's name, lower-cased (empty for other nodes).
  static func name(_ node: MarkupNode) -> String { node.name.lowercased() }

  static func child(_ node: MarkupNode, named name: String) -> MarkupNode? {
    node.children.first { self.name($0) == name }
  }

  /// An attribute's value (its text joined), or nil when the element has none.
  static func attribute(_ node: MarkupNode, _ name: String) -> String? {
    node.attributes.first { $0.name.lowercased() == name }?.value
  }

  /// Whether a descendant is an element named `name`.
  static func contains(_ node: MarkupNode, elementNamed name: String) -> Bool {
    node.children.contains { self.name($0) == name || contains($0, elementNamed: name) }
  }
}

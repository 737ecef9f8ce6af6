import CLazyLibraries
import Foundation

/// A node of a `MarkupDocument`'s tree: an element with its name, attributes and children,
/// or text. Valid while its document lives.
struct MarkupNode {
  let node: OpaquePointer

  init(_ node: OpaquePointer) { self.node = node }

  enum Kind {
    case element, text, cdata, other
  }

  var kind: Kind {
    switch plandash_markup_kind(node) {
    case Int32(PLANDASH_MARKUP_ELEMENT): .element
    case Int32(PLANDASH_MARKUP_TEXT): .text
    case Int32(PLANDASH_MARKUP_CDATA): .cdata
    default: .other
    }
  }

  /// An element's name as written, without its namespace prefix ("" for other nodes).
  var name: String { plandash_markup_name(node).map { String(cString: $0) } ?? "" }

  /// A text or CDATA node's text ("" for other nodes).
  var content: String { plandash_markup_content(node).map { String(cString: $0) } ?? "" }

  var children: [MarkupNode] {
    var result: [MarkupNode] = []
    var child = plandash_markup_first_child(node)
    while let current = child {
      result.append(MarkupNode(current))
      child = plandash_markup_next(current)
    }
    return result
  }

  /// The attributes in document order, names without their namespace prefix.
  var attributes: [(name: String, value: String)] {
    var result: [(name: String, value: String)] = []
    var attribute = plandash_markup_first_attribute(node)
    while let current = attribute {
      let name = String(cString: plandash_markup_attribute_name(current))
      var value = ""
      if let text = plandash_markup_attribute_value(current) {
        value = String(cString: text)
        free(text)
      }
      result.append((name, value))
      attribute = plandash_markup_next_attribute(current)
    }
    return result
  }
}

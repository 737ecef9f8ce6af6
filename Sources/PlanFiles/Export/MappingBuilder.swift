import PlanModel
import Yams

/// Builds a YAML mapping with keys in insertion order, leaving out absent values.
struct MappingBuilder {
  private var pairs: [(Node, Node)] = []
  private let flow: Bool

  init(flow: Bool = false) { self.flow = flow }

  var node: Node { Node(pairs, .implicit, flow ? .flow : .block) }

  mutating func add(_ key: String, _ value: Node) { pairs.append((Node(key), value)) }

  mutating func add(_ key: String, _ value: String?) {
    guard let value else { return }
    add(key, Self.text(value))
  }

  /// A text scalar, double-quoted where YAML would otherwise read it as something else
  /// (`null`, `~`, `true`, `13.`, `2023-09-12`).
  static func text(_ value: String) -> Node {
    let plainTag = Node(value).tag
    let style: Node.Scalar.Style = plainTag == Tag(.str) ? .any : .doubleQuoted
    return Node(value, Tag(.str), style)
  }

  /// Writes `key: null` when the value is absent (a measure's unnumbered section).
  mutating func addNullable(_ key: String, _ value: String?) {
    if let value { add(key, value) } else { add(key, Node("null", Tag(.null))) }
  }

  mutating func add(_ key: String, int value: Int?) {
    guard let value else { return }
    add(key, Node(String(value), Tag(.int)))
  }

  mutating func add(_ key: String, number value: Double?) {
    guard let value else { return }
    add(key, Node(FigureText.exact(value), Tag(value == value.rounded() ? .int : .float)))
  }

  mutating func add(_ key: String, bool value: Bool) {
    add(key, Node(value ? "true" : "false", Tag(.bool)))
  }

  mutating func addStrings(_ key: String, _ values: [String]) {
    guard !values.isEmpty else { return }
    add(key, Node(values.map(Self.text), .implicit, .flow))
  }

  mutating func addList(_ key: String, _ nodes: [Node], keepEmpty: Bool = false) {
    guard keepEmpty || !nodes.isEmpty else { return }
    add(key, Node(nodes, .implicit, .block))
  }
}

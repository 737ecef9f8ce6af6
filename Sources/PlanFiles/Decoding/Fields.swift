import PlanModel
import Yams

/// The keys of one YAML mapping, read one by one with every problem recorded against its
/// line, so that a file reports all its problems at once. Unread keys are reported as unknown.
struct Fields {
  let node: Node
  let what: Localized
  private(set) var entries: [(key: String, keyNode: Node, value: Node)] = []
  private var used: Set<String> = []
  var sink: ProblemSink

  /// Reads `node` as a mapping; records a problem and yields nil when it is something else.
  init?(_ node: Node, what: Localized, sink: ProblemSink) {
    self.node = node
    self.what = what
    self.sink = sink
    guard case .mapping(let mapping) = node else {
      sink.report(node, FileText.notAMapping(what, found: node.kindName))
      return nil
    }
    for (key, value) in mapping {
      guard case .scalar(let scalar) = key else {
        sink.report(key, FileText.keyNotText(in: what))
        continue
      }
      entries.append((scalar.string, key, value))
    }
  }

  var line: Int { node.line }

  /// The value node of `key`, or nil when absent or null.
  mutating func value(_ key: String) -> Node? {
    used.insert(key)
    guard let entry = entries.first(where: { $0.key == key }) else { return nil }
    if entry.value.isNull { return nil }
    return entry.value
  }

  mutating func require(_ key: String) -> Node? {
    guard let value = value(key) else {
      sink.report(node, FileText.missing(key, in: what))
      return nil
    }
    return value
  }

  mutating func string(_ key: String, required: Bool = false) -> String? {
    guard let node = required ? require(key) : value(key) else { return nil }
    return node.asText(sink: sink, key: key)
  }

  mutating func int(_ key: String, required: Bool = false) -> Int? {
    guard let node = required ? require(key) : value(key) else { return nil }
    return node.asInt(sink: sink, key: key)
  }

  mutating func number(_ key: String) -> Double? {
    guard let node = value(key) else { return nil }
    return node.asNumber(sink: sink, key: key)
  }

  mutating func bool(_ key: String) -> Bool? {
    guard let node = value(key) else { return nil }
    guard let value = node.boolValue else {
      sink.report(node, FileText.mustBe(key, FileText.trueOrFalse, found: node.describedValue))
      return nil
    }
    return value
  }

  /// A list of strings; a single string is taken as a list of one.
  mutating func strings(_ key: String) -> [String] {
    guard let node = value(key) else { return [] }
    switch node {
    case .scalar:
      return node.asText(sink: sink, key: key).map { [$0] } ?? []
    case .sequence(let sequence):
      return sequence.compactMap { $0.asText(sink: sink, key: key) }
    default:
      sink.report(node, FileText.mustBe(key, FileText.listOfText, found: node.kindName))
      return []
    }
  }

  /// A list of mappings, each handed to `read`.
  mutating func list<T>(_ key: String, required: Bool = false, _ read: (Node) -> T?) -> [T] {
    guard let node = required ? require(key) : value(key) else { return [] }
    guard case .sequence(let sequence) = node else {
      sink.report(node, FileText.mustBe(key, FileText.list, found: node.kindName))
      return []
    }
    return sequence.compactMap(read)
  }

  /// Reports every key that no reader asked for.
  func rejectUnknownKeys() {
    for entry in entries where !used.contains(entry.key) {
      sink.report(entry.keyNode, FileText.unknownKey(entry.key, in: what))
    }
  }
}

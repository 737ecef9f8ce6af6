import PlanModel
import Yams

/// `outline:` — the plan's headings as printed, each after its parent. `level` is not
/// written: it follows from the parent chain (a chapter is 1, a heading under it 2, …).
enum OutlineSchema {
  static let layout = """
    OutlineHeading: key str, number str, title str, level int, parent str?, in_text bool; \
    YAML leaves level out and derives it from the parent chain
    """

  static func read(_ node: Node, sink: ProblemSink) -> OutlineHeading? {
    guard var f = Fields(node, what: FileText.Part.aHeading, sink: sink) else { return nil }
    let key = f.string("key", required: true)
    let number = f.string("number", required: true)
    let title = f.string("title", required: true)
    let parent = f.string("parent")
    let inText = f.bool("in_text") ?? true
    f.rejectUnknownKeys()
    guard let key, let number, let title else { return nil }
    return OutlineHeading(
      key: key, number: number, title: title, level: 1, parent: parent, inText: inText)
  }

  /// The `outline:` list read, each heading's level derived from its parent chain.
  static func readList(_ top: inout Fields) -> [OutlineHeading] {
    let sink = top.sink
    return withLevels(top.list("outline") { read($0, sink: sink) })
  }

  /// Sets each heading's level one below its parent's; a heading whose parent is not an
  /// earlier heading stands at level 1 (validation reports the parent).
  static func withLevels(_ headings: [OutlineHeading]) -> [OutlineHeading] {
    var levelByKey: [String: Int] = [:]
    return headings.map { heading in
      var heading = heading
      heading.level = heading.parent.flatMap { levelByKey[$0] }.map { $0 + 1 } ?? 1
      if levelByKey[heading.key] == nil { levelByKey[heading.key] = heading.level }
      return heading
    }
  }

  static func write(_ heading: OutlineHeading) -> Node {
    var m = MappingBuilder()
    m.add("key", heading.key)
    m.add("number", heading.number)
    m.add("title", heading.title)
    m.add("parent", heading.parent)
    if !heading.inText { m.add("in_text", bool: false) }
    return m.node
  }

  static func encode(_ heading: OutlineHeading, _ w: inout BinaryWriter) {
    w.string(heading.key)
    w.string(heading.number)
    w.string(heading.title)
    w.int(heading.level)
    w.optionalString(heading.parent)
    w.bool(heading.inText)
  }

  static func decode(_ r: inout BinaryReader) throws -> OutlineHeading {
    OutlineHeading(
      key: try r.string(), number: try r.string(), title: try r.string(), level: try r.int(),
      parent: try r.optionalString(), inText: try r.bool())
  }
}

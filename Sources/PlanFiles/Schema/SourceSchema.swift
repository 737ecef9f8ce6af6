import PlanModel
import Yams

/// `source: {section, text}`: where an item stands in its plan's text.
enum SourceSchema {
  static let layout = "SourceRef: section str?, text str?"

  static func read(_ node: Node, textRequired: Bool, sink: ProblemSink) -> SourceRef? {
    guard var f = Fields(node, what: FileText.Part.source, sink: sink) else { return nil }
    let section = f.string("section")
    let text = f.string("text", required: textRequired)
    f.rejectUnknownKeys()
    if let text, text.isEmpty { sink.report(node, FileText.emptySourceText) }
    return SourceRef(section: section, text: text)
  }

  /// The item's required `source` key.
  static func required(_ f: inout Fields, textRequired: Bool = true) -> SourceRef? {
    let sink = f.sink
    return f.require("source").flatMap { read($0, textRequired: textRequired, sink: sink) }
  }

  static func write(_ source: SourceRef) -> Node {
    var m = MappingBuilder()
    m.addNullable("section", source.section)
    m.add("text", source.text)
    return m.node
  }

  static func encode(_ source: SourceRef, _ w: inout BinaryWriter) {
    w.optionalString(source.section)
    w.optionalString(source.text)
  }

  static func decode(_ r: inout BinaryReader) throws -> SourceRef {
    SourceRef(section: try r.optionalString(), text: try r.optionalString())
  }
}

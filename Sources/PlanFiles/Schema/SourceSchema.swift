import PlanModel
import Yams

/// `source: {heading, section, text, review}`: where an item stands in its plan's text.
enum SourceSchema {
  static let layout = "SourceRef: heading str?, section str?, text str?, review [str]"

  static func read(_ node: Node, textRequired: Bool, sink: ProblemSink) -> SourceRef? {
    guard var f = Fields(node, what: FileText.Part.source, sink: sink) else { return nil }
    let heading = f.string("heading")
    let section = f.string("section")
    let text = f.string("text", required: textRequired)
    let review = f.strings("review")
    f.rejectUnknownKeys()
    if let text, text.isEmpty { sink.report(node, FileText.emptySourceText) }
    return SourceRef(section: section, text: text, heading: heading, review: review)
  }

  /// The item's required `source` key.
  static func required(_ f: inout Fields, textRequired: Bool = true) -> SourceRef? {
    let sink = f.sink
    return f.require("source").flatMap { read($0, textRequired: textRequired, sink: sink) }
  }

  static func write(_ source: SourceRef) -> Node {
    var m = MappingBuilder()
    m.add("heading", source.heading)
    m.addNullable("section", source.section)
    m.add("text", source.text)
    m.addStrings("review", source.review)
    return m.node
  }

  static func encode(_ source: SourceRef, _ w: inout BinaryWriter) {
    w.optionalString(source.heading)
    w.optionalString(source.section)
    w.optionalString(source.text)
    w.strings(source.review)
  }

  static func decode(_ r: inout BinaryReader) throws -> SourceRef {
    let heading = try r.optionalString()
    return SourceRef(
      section: try r.optionalString(), text: try r.optionalString(), heading: heading,
      review: try r.strings())
  }
}

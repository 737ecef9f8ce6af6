import PlanModel
import Yams

/// A figure (`baseline`, `target`, `scale`): `{value, min, max, year, qualifiers}`.
enum FigureSchema {
  static let layout =
    "Figure: value f64?, min f64?, max f64?, year int?, qualifiers [str]; optional: bool + Figure"

  static func read(_ node: Node, what: Localized, sink: ProblemSink) -> Figure? {
    guard var f = Fields(node, what: what, sink: sink) else { return nil }
    let figure = readKeys(&f)
    f.rejectUnknownKeys()
    return figure
  }

  /// The figure's keys read from a mapping that may hold others (a measure's output).
  static func readKeys(_ f: inout Fields) -> Figure {
    Figure(
      value: f.number("value"), min: f.number("min"), max: f.number("max"), year: f.int("year"),
      qualifiers: f.strings("qualifiers"))
  }

  /// The optional figure under `key`.
  static func read(_ key: String, of f: inout Fields, what: Localized) -> Figure? {
    let sink = f.sink
    return f.value(key).flatMap { read($0, what: what, sink: sink) }
  }

  /// The `baseline` and `target` figures of a goal or a ladder tier.
  static func readBaselineAndTarget(_ f: inout Fields) -> (baseline: Figure?, target: Figure?) {
    (
      read("baseline", of: &f, what: FileText.Part.baseline),
      read("target", of: &f, what: FileText.Part.target)
    )
  }

  static func writeBaselineAndTarget(
    _ baseline: Figure?, _ target: Figure?, into m: inout MappingBuilder
  ) {
    if let baseline { m.add("baseline", write(baseline)) }
    if let target { m.add("target", write(target)) }
  }

  static func write(_ figure: Figure) -> Node {
    var m = MappingBuilder(flow: true)
    m.add("value", number: figure.value)
    m.add("min", number: figure.min)
    m.add("max", number: figure.max)
    m.add("year", int: figure.year)
    m.addStrings("qualifiers", figure.qualifiers)
    return m.node
  }

  static func encode(_ figure: Figure, _ w: inout BinaryWriter) {
    w.optionalDouble(figure.value)
    w.optionalDouble(figure.min)
    w.optionalDouble(figure.max)
    w.optionalInt(figure.year)
    w.strings(figure.qualifiers)
  }

  static func encode(_ figure: Figure?, _ w: inout BinaryWriter) {
    w.bool(figure != nil)
    if let figure { encode(figure, &w) }
  }

  static func decode(_ r: inout BinaryReader) throws -> Figure {
    Figure(
      value: try r.optionalDouble(), min: try r.optionalDouble(), max: try r.optionalDouble(),
      year: try r.optionalInt(), qualifiers: try r.strings())
  }

  static func decodeOptional(_ r: inout BinaryReader) throws -> Figure? {
    try r.bool() ? try decode(&r) : nil
  }
}

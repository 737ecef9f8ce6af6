import PlanModel
import Yams

/// `baseline_indicators:` — a starting figure no target measures.
enum BaselineIndicatorSchema {
  static let layout = """
    BaselineIndicator: id str, name str, kind enum, unit str?, baseline Figure, among str?, \
    source SourceRef
    """

  static func read(_ node: Node, sink: ProblemSink) -> BaselineIndicator? {
    guard var f = Fields(node, what: FileText.Part.aBaselineIndicator, sink: sink) else {
      return nil
    }
    let (id, name) = f.idAndName()
    let kinds = BaselineIndicator.kinds.map(\.rawValue).joined(separator: " ")
    let kind: GoalKind? = f.choice("kind", oneOf: Localized(zh: kinds, en: "one of " + kinds))
    let unit = f.string("unit")
    let baseline = f.require("baseline").flatMap {
      FigureSchema.read($0, what: FileText.Part.baseline, sink: sink)
    }
    let among = f.string("among")
    let source = SourceSchema.required(&f)
    f.rejectUnknownKeys()
    guard let id, let name, let kind, let baseline, let source else { return nil }
    return BaselineIndicator(
      id: id, name: name, kind: kind, unit: unit, baseline: baseline, among: among,
      source: source)
  }

  static func write(_ item: BaselineIndicator) -> Node {
    var m = MappingBuilder()
    m.add("id", item.id)
    m.add("name", item.name)
    m.add("kind", item.kind.rawValue)
    m.add("unit", item.unit)
    m.add("baseline", FigureSchema.write(item.baseline))
    m.add("among", item.among)
    m.add("source", SourceSchema.write(item.source))
    return m.node
  }

  static func encode(_ item: BaselineIndicator, _ w: inout BinaryWriter) {
    w.string(item.id)
    w.string(item.name)
    w.string(item.kind.rawValue)
    w.optionalString(item.unit)
    FigureSchema.encode(item.baseline, &w)
    w.optionalString(item.among)
    SourceSchema.encode(item.source, &w)
  }

  static func decode(_ r: inout BinaryReader) throws -> BaselineIndicator {
    BaselineIndicator(
      id: try r.string(), name: try r.string(), kind: try r.rawEnum(),
      unit: try r.optionalString(), baseline: try FigureSchema.decode(&r),
      among: try r.optionalString(), source: try SourceSchema.decode(&r))
  }
}

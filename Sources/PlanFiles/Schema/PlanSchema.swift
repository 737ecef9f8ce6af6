import PlanModel
import Yams

/// A plan file's top level: `format`, `region`, `plan` and the item lists, each item type's
/// keys, reading, writing and binary form in its own schema beside this one.
enum PlanSchema {
  static let layout = """
    Plan v1: Region, PlanDocument, [OutlineHeading], [Target], [Cluster], [Ladder], [Indicator], [Measure]; \
    lists are a varint count then the items; str is varint length + UTF-8, int a zigzag-free \
    varint, f64 8 bytes little-endian, T? a bool then T
    """

  static func read(_ root: Node, sink: ProblemSink) -> Plan? {
    guard var top = Fields(root, what: FileText.Part.planFile, sink: sink) else { return nil }
    if let format = top.require("format") {
      if let number = format.asInt(sink: sink, key: "format"), number != 1 {
        sink.report(format, FileText.unsupportedFormat(number))
      }
    }
    let region = top.require("region").flatMap { RegionSchema.read($0, sink: sink) }
    let document = top.require("plan").flatMap { DocumentSchema.read($0, sink: sink) }
    let outline = OutlineSchema.readList(&top)
    let targets = top.list("targets") { TargetSchema.read($0, sink: sink) }
    let clusters = top.list("clusters") { ClusterSchema.read($0, sink: sink) }
    let ladders = top.list("ladders") { LadderSchema.read($0, sink: sink) }
    let indicators = top.list("indicators") { IndicatorSchema.read($0, sink: sink) }
    let measures = top.list("measures") { MeasureSchema.read($0, sink: sink) }
    top.rejectUnknownKeys()
    guard let region, let document else { return nil }
    return Plan(
      region: region, document: document, targets: targets, clusters: clusters, ladders: ladders,
      indicators: indicators, measures: measures, outline: outline)
  }

  static func write(_ plan: Plan) -> Node {
    var top = MappingBuilder()
    top.add("format", int: 1)
    top.add("region", RegionSchema.write(plan.region))
    top.add("plan", DocumentSchema.write(plan.document))
    top.addList("outline", plan.outline.map(OutlineSchema.write))
    top.addList("targets", plan.targets.map(TargetSchema.write))
    top.addList("clusters", plan.clusters.map(ClusterSchema.write))
    top.addList("ladders", plan.ladders.map(LadderSchema.write))
    top.addList("indicators", plan.indicators.map(IndicatorSchema.write))
    top.addList("measures", plan.measures.map(MeasureSchema.write))
    return top.node
  }

  static func encode(_ plan: Plan) -> [UInt8] {
    var w = BinaryWriter(capacity: 64 * 1024)
    RegionSchema.encode(plan.region, &w)
    DocumentSchema.encode(plan.document, &w)
    w.list(plan.outline, OutlineSchema.encode)
    w.list(plan.targets, TargetSchema.encode)
    w.list(plan.clusters, ClusterSchema.encode)
    w.list(plan.ladders, LadderSchema.encode)
    w.list(plan.indicators, IndicatorSchema.encode)
    w.list(plan.measures, MeasureSchema.encode)
    return w.bytes
  }

  /// Decodes a plan. With `texts`, measure texts are not read into memory but left in the
  /// cache file (`texts.source`), whose blob starts at `texts.blobOffset`.
  static func decode(_ r: inout BinaryReader, texts: MeasureSchema.DeferredTexts? = nil) throws
    -> Plan
  {
    let region = try RegionSchema.decode(&r)
    let document = try DocumentSchema.decode(&r)
    let outline = try r.list(OutlineSchema.decode)
    return Plan(
      region: region, document: document, targets: try r.list(TargetSchema.decode),
      clusters: try r.list(ClusterSchema.decode), ladders: try r.list(LadderSchema.decode),
      indicators: try r.list(IndicatorSchema.decode),
      measures: try r.list { r in try MeasureSchema.decode(&r, texts: texts) }, outline: outline)
  }
}

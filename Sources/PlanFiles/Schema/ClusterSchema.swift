import PlanModel
import Yams

/// `clusters:` — an industry cluster with its tier and scale.
enum ClusterSchema {
  static let layout = """
    Cluster: id str, name str, tier str?, parent str?, scale Figure?, lead_units [str], \
    responsible_units [str], source SourceRef
    """

  static func read(_ node: Node, sink: ProblemSink) -> Cluster? {
    guard var f = Fields(node, what: FileText.Part.aCluster, sink: sink) else { return nil }
    let (id, name) = f.idAndName()
    let tier = f.string("tier")
    let parent = f.string("parent")
    let scale = FigureSchema.read("scale", of: &f, what: FileText.Part.scale)
    let leadUnits = f.strings("lead_units")
    let responsibleUnits = f.strings("responsible_units")
    let source = SourceSchema.required(&f)
    f.rejectUnknownKeys()
    guard let id, let name, let source else { return nil }
    return Cluster(
      id: id, name: name, tier: tier, parent: parent, scale: scale, leadUnits: leadUnits,
      responsibleUnits: responsibleUnits, source: source)
  }

  static func write(_ cluster: Cluster) -> Node {
    var m = MappingBuilder()
    m.add("id", cluster.id)
    m.add("name", cluster.name)
    m.add("tier", cluster.tier)
    m.add("parent", cluster.parent)
    if let scale = cluster.scale { m.add("scale", FigureSchema.write(scale)) }
    m.addStrings("lead_units", cluster.leadUnits)
    m.addStrings("responsible_units", cluster.responsibleUnits)
    m.add("source", SourceSchema.write(cluster.source))
    return m.node
  }

  static func encode(_ c: Cluster, _ w: inout BinaryWriter) {
    w.string(c.id)
    w.string(c.name)
    w.optionalString(c.tier)
    w.optionalString(c.parent)
    FigureSchema.encode(c.scale, &w)
    w.strings(c.leadUnits)
    w.strings(c.responsibleUnits)
    SourceSchema.encode(c.source, &w)
  }

  static func decode(_ r: inout BinaryReader) throws -> Cluster {
    Cluster(
      id: try r.string(), name: try r.string(), tier: try r.optionalString(),
      parent: try r.optionalString(), scale: try FigureSchema.decodeOptional(&r),
      leadUnits: try r.strings(), responsibleUnits: try r.strings(),
      source: try SourceSchema.decode(&r))
  }
}

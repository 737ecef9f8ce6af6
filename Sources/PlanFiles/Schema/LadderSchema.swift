import PlanModel
import Yams

/// `ladders:` — an enterprise-cultivation ladder and its tiers.
enum LadderSchema {
  static let layout = """
    Ladder: id str, name str, source SourceRef, tiers [id str, name str, unit str?, \
    baseline Figure?, target Figure?, qualifiers [str], description str?, source SourceRef]
    """

  static func read(_ node: Node, sink: ProblemSink) -> Ladder? {
    guard var f = Fields(node, what: FileText.Part.aLadder, sink: sink) else { return nil }
    let (id, name) = f.idAndName()
    let tiers = f.list("tiers", required: true) { readTier($0, sink: sink) }
    let source = SourceSchema.required(&f)
    f.rejectUnknownKeys()
    guard let id, let name, let source else { return nil }
    return Ladder(id: id, name: name, tiers: tiers, source: source)
  }

  static func write(_ ladder: Ladder) -> Node {
    var m = MappingBuilder()
    m.add("id", ladder.id)
    m.add("name", ladder.name)
    m.add("source", SourceSchema.write(ladder.source))
    m.addList("tiers", ladder.tiers.map(writeTier), keepEmpty: true)
    return m.node
  }

  static func writeTier(_ tier: LadderTier) -> Node {
    var t = MappingBuilder()
    t.add("id", tier.id)
    t.add("name", tier.name)
    t.add("unit", tier.unit)
    FigureSchema.writeBaselineAndTarget(tier.baseline, tier.target, into: &t)
    t.addStrings("qualifiers", tier.qualifiers)
    t.add("description", tier.description)
    t.add("source", SourceSchema.write(tier.source))
    return t.node
  }

  static func encode(_ l: Ladder, _ w: inout BinaryWriter) {
    w.string(l.id)
    w.string(l.name)
    SourceSchema.encode(l.source, &w)
    w.list(l.tiers) { t, w in
      w.string(t.id)
      w.string(t.name)
      w.optionalString(t.unit)
      FigureSchema.encode(t.baseline, &w)
      FigureSchema.encode(t.target, &w)
      w.strings(t.qualifiers)
      w.optionalString(t.description)
      SourceSchema.encode(t.source, &w)
    }
  }

  static func decode(_ r: inout BinaryReader) throws -> Ladder {
    let id = try r.string()
    let name = try r.string()
    let source = try SourceSchema.decode(&r)
    let tiers = try r.list { r in
      LadderTier(
        id: try r.string(), name: try r.string(), unit: try r.optionalString(),
        baseline: try FigureSchema.decodeOptional(&r), target: try FigureSchema.decodeOptional(&r),
        qualifiers: try r.strings(), description: try r.optionalString(),
        source: try SourceSchema.decode(&r))
    }
    return Ladder(id: id, name: name, tiers: tiers, source: source)
  }

  static func readTier(_ node: Node, sink: ProblemSink) -> LadderTier? {
    guard var f = Fields(node, what: FileText.Part.aTier, sink: sink) else { return nil }
    let (id, name) = f.idAndName()
    let unit = f.string("unit")
    let (baseline, target) = FigureSchema.readBaselineAndTarget(&f)
    let qualifiers = f.strings("qualifiers")
    let description = f.string("description")
    let source = SourceSchema.required(&f)
    f.rejectUnknownKeys()
    guard let id, let name, let source else { return nil }
    return LadderTier(
      id: id, name: name, unit: unit, baseline: baseline, target: target, qualifiers: qualifiers,
      description: description, source: source)
  }
}

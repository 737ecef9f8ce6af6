import PlanModel
import Yams

/// `indicators:` — a land or energy indicator.
enum IndicatorSchema {
  static let layout =
    "Indicator: id str, name str, category enum, Goal, cluster str?, stage int?, source SourceRef"

  static func read(_ node: Node, sink: ProblemSink) -> Indicator? {
    guard var f = Fields(node, what: FileText.Part.anIndicator, sink: sink) else { return nil }
    let (id, name) = f.idAndName()
    let category: IndicatorCategory? = f.choice(
      "category", oneOf: Localized(zh: "land 或 energy", en: "land or energy"))
    let goal = GoalSchema.read(&f)
    let cluster = f.string("cluster")
    let stage = f.int("stage")
    let source = SourceSchema.required(&f)
    f.rejectUnknownKeys()
    guard let id, let name, let category, let goal, let source else { return nil }
    return Indicator(
      id: id, name: name, category: category, goal: goal, cluster: cluster, stage: stage,
      source: source)
  }

  static func write(_ indicator: Indicator) -> Node {
    var m = MappingBuilder()
    m.add("id", indicator.id)
    m.add("name", indicator.name)
    m.add("category", indicator.category.rawValue)
    GoalSchema.write(indicator.goal, into: &m)
    m.add("cluster", indicator.cluster)
    m.add("stage", int: indicator.stage)
    m.add("source", SourceSchema.write(indicator.source))
    return m.node
  }

  static func encode(_ i: Indicator, _ w: inout BinaryWriter) {
    w.string(i.id)
    w.string(i.name)
    w.string(i.category.rawValue)
    GoalSchema.encode(i.goal, &w)
    w.optionalString(i.cluster)
    w.optionalInt(i.stage)
    SourceSchema.encode(i.source, &w)
  }

  static func decode(_ r: inout BinaryReader) throws -> Indicator {
    Indicator(
      id: try r.string(), name: try r.string(), category: try r.rawEnum(),
      goal: try GoalSchema.decode(&r), cluster: try r.optionalString(),
      stage: try r.optionalInt(), source: try SourceSchema.decode(&r))
  }
}

import PlanModel
import Yams

/// `targets:` — a goal of the plan as a whole or of one cluster.
enum TargetSchema {
  static let layout =
    "Target: id str, metric str, Goal, cluster str?, stage int?, source SourceRef"

  static func read(_ node: Node, sink: ProblemSink) -> Target? {
    guard var f = Fields(node, what: FileText.Part.aTarget, sink: sink) else { return nil }
    let id = f.string("id", required: true)
    let metric = f.string("metric", required: true)
    let goal = GoalSchema.read(&f)
    let cluster = f.string("cluster")
    let stage = f.int("stage")
    let source = SourceSchema.required(&f)
    f.rejectUnknownKeys()
    guard let id, let metric, let goal, let source else { return nil }
    return Target(
      id: id, metric: metric, goal: goal, cluster: cluster, stage: stage, source: source)
  }

  static func write(_ target: Target) -> Node {
    var m = MappingBuilder()
    m.add("id", target.id)
    m.add("metric", target.metric)
    GoalSchema.write(target.goal, into: &m)
    m.add("cluster", target.cluster)
    m.add("stage", int: target.stage)
    m.add("source", SourceSchema.write(target.source))
    return m.node
  }

  static func encode(_ t: Target, _ w: inout BinaryWriter) {
    w.string(t.id)
    w.string(t.metric)
    GoalSchema.encode(t.goal, &w)
    w.optionalString(t.cluster)
    w.optionalInt(t.stage)
    SourceSchema.encode(t.source, &w)
  }

  static func decode(_ r: inout BinaryReader) throws -> Target {
    Target(
      id: try r.string(), metric: try r.string(), goal: try GoalSchema.decode(&r),
      cluster: try r.optionalString(), stage: try r.optionalInt(),
      source: try SourceSchema.decode(&r))
  }
}

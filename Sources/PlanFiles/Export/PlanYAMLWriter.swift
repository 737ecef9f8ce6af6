import PlanModel
import Yams

/// Writes a `Plan` back as a plan file in the documented format, keys in the documented
/// order, so that reading it again gives exactly the same model.
public enum PlanYAMLWriter {
  public static func yaml(for plan: Plan) throws -> String {
    let body = try Yams.serialize(node: node(for: plan), width: -1, allowUnicode: true)
    return "# plandash plan file — \(plan.region.name) · \(plan.document.title)\n" + body
  }

  static func node(for plan: Plan) -> Node {
    var top = MappingBuilder()
    top.add("format", int: 1)
    top.add("region", region(plan.region))
    top.add("plan", document(plan.document))
    top.addList("targets", plan.targets.map(target))
    top.addList("clusters", plan.clusters.map(cluster))
    top.addList("ladders", plan.ladders.map(ladder))
    top.addList("indicators", plan.indicators.map(indicator))
    top.addList("measures", plan.measures.map(measure))
    return top.node
  }

  static func region(_ region: Region) -> Node {
    var m = MappingBuilder()
    m.add("id", region.id)
    m.add("name", region.name)
    m.add("level", region.level.rawValue)
    m.add("province", region.province)
    m.add("parent", region.parent)
    m.add("parent_id", region.parentID)
    return m.node
  }

  static func document(_ document: PlanDocument) -> Node {
    var m = MappingBuilder()
    m.add("title", document.title)
    if !document.titleInText { m.add("title_in_text", bool: false) }
    m.add("issuer", document.issuer)
    m.add("doc_number", document.docNumber)
    m.add("issued", document.issued?.description)
    m.add("status", document.status)
    var horizon = MappingBuilder(flow: true)
    horizon.add("start", int: document.horizon.start)
    horizon.add("end", int: document.horizon.end)
    m.add("horizon", horizon.node)
    m.addList(
      "stages",
      document.stages.map { stage in
        var s = MappingBuilder()
        s.add("year", int: stage.year)
        s.add("name", stage.name)
        if let source = stage.source { s.add("source", self.source(source)) }
        return s.node
      })
    m.add("source_document", document.sourceDocument)
    m.addStrings("notes", document.notes)
    return m.node
  }

  static func source(_ source: SourceRef) -> Node {
    var m = MappingBuilder()
    m.addNullable("section", source.section)
    m.add("text", source.text)
    return m.node
  }

  static func figure(_ figure: Figure) -> Node {
    var m = MappingBuilder(flow: true)
    m.add("value", number: figure.value)
    m.add("min", number: figure.min)
    m.add("max", number: figure.max)
    m.add("year", int: figure.year)
    m.addStrings("qualifiers", figure.qualifiers)
    return m.node
  }

  static func goal(_ goal: Goal, into m: inout MappingBuilder) {
    m.add("kind", goal.kind.rawValue)
    m.add("direction", goal.direction.rawValue)
    m.add("unit", goal.unit)
    if let baseline = goal.baseline { m.add("baseline", figure(baseline)) }
    if let target = goal.target { m.add("target", figure(target)) }
    m.add("base_year", int: goal.baseYear)
    m.addStrings("qualifiers", goal.qualifiers)
    if goal.perYear { m.add("per_year", bool: true) }
    m.add("comparator", goal.comparator)
  }

  static func target(_ target: Target) -> Node {
    var m = MappingBuilder()
    m.add("id", target.id)
    m.add("metric", target.metric)
    goal(target.goal, into: &m)
    m.add("cluster", target.cluster)
    m.add("stage", int: target.stage)
    m.add("source", source(target.source))
    return m.node
  }

  static func indicator(_ indicator: Indicator) -> Node {
    var m = MappingBuilder()
    m.add("id", indicator.id)
    m.add("name", indicator.name)
    m.add("category", indicator.category.rawValue)
    goal(indicator.goal, into: &m)
    m.add("cluster", indicator.cluster)
    m.add("stage", int: indicator.stage)
    m.add("source", source(indicator.source))
    return m.node
  }

  static func cluster(_ cluster: Cluster) -> Node {
    var m = MappingBuilder()
    m.add("id", cluster.id)
    m.add("name", cluster.name)
    m.add("tier", cluster.tier)
    m.add("parent", cluster.parent)
    if let scale = cluster.scale { m.add("scale", figure(scale)) }
    m.addStrings("lead_units", cluster.leadUnits)
    m.addStrings("responsible_units", cluster.responsibleUnits)
    m.add("source", source(cluster.source))
    return m.node
  }

  static func ladder(_ ladder: Ladder) -> Node {
    var m = MappingBuilder()
    m.add("id", ladder.id)
    m.add("name", ladder.name)
    m.add("source", source(ladder.source))
    m.addList(
      "tiers",
      ladder.tiers.map { tier in
        var t = MappingBuilder()
        t.add("id", tier.id)
        t.add("name", tier.name)
        t.add("unit", tier.unit)
        if let baseline = tier.baseline { t.add("baseline", figure(baseline)) }
        if let target = tier.target { t.add("target", figure(target)) }
        t.addStrings("qualifiers", tier.qualifiers)
        t.add("description", tier.description)
        t.add("source", source(tier.source))
        return t.node
      }, keepEmpty: true)
    return m.node
  }

  static func measure(_ measure: Measure) -> Node {
    var m = MappingBuilder()
    m.add("id", measure.id)
    m.addNullable("section", measure.section)
    m.add("position", measure.position)
    m.add("sequence", int: measure.sequence)
    m.add("title", measure.title)
    m.add("text", measure.text)
    m.addStrings("lead_units", measure.leadUnits)
    m.addStrings("responsible_units", measure.responsibleUnits)
    m.addStrings("clusters", measure.clusters)
    m.addStrings("targets", measure.targets)
    m.addList(
      "outputs",
      measure.outputs.map { output in
        var o = MappingBuilder()
        o.add("metric", output.metric)
        o.add("value", number: output.figure.value)
        o.add("min", number: output.figure.min)
        o.add("max", number: output.figure.max)
        o.add("unit", output.unit)
        o.add("year", int: output.figure.year)
        o.addStrings("qualifiers", output.figure.qualifiers)
        if output.perYear { o.add("per_year", bool: true) }
        return o.node
      })
    m.add("due", int: measure.due)
    m.add("source", source(measure.source))
    return m.node
  }
}

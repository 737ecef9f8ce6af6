import PlanModel
import Yams

/// Turns the YAML node tree of one plan file into a `Plan`, recording every problem with its
/// line. The keys are those of `docs/plan-format.md`.
struct PlanDecoder {
  let sink: ProblemSink

  func plan(_ root: Node) -> Plan? {
    guard var top = Fields(root, what: FileText.Part.planFile, sink: sink) else { return nil }
    if let format = top.require("format") {
      if let number = format.asInt(sink: sink, key: "format"), number != 1 {
        sink.report(format, FileText.unsupportedFormat(number))
      }
    }
    let region = top.require("region").flatMap(self.region)
    let document = top.require("plan").flatMap(self.document)
    let targets = top.list("targets", target)
    let clusters = top.list("clusters", cluster)
    let ladders = top.list("ladders", ladder)
    let indicators = top.list("indicators", indicator)
    let measures = top.list("measures", measure)
    top.rejectUnknownKeys()
    guard let region, let document else { return nil }
    return Plan(
      region: region, document: document, targets: targets, clusters: clusters, ladders: ladders,
      indicators: indicators, measures: measures)
  }

  func region(_ node: Node) -> Region? {
    guard var f = Fields(node, what: FileText.Part.region, sink: sink) else { return nil }
    let id = f.string("id", required: true)
    let name = f.string("name", required: true)
    var level: RegionLevel?
    if let levelNode = f.require("level"), let text = levelNode.asText(sink: sink, key: "level") {
      level = RegionLevel(rawValue: text)
      if level == nil {
        sink.report(
          levelNode,
          FileText.unknownValue(
            "level", text, oneOf: Localized(zh: "省 市 县 区", en: "one of 省 市 县 区")))
      }
    }
    let province = f.string("province")
    let parent = f.string("parent")
    let parentID = f.string("parent_id")
    f.rejectUnknownKeys()
    guard let id, let name, let level else { return nil }
    return Region(
      id: id, name: name, level: level, province: province, parent: parent, parentID: parentID)
  }

  func document(_ node: Node) -> PlanDocument? {
    guard var f = Fields(node, what: FileText.Part.plan, sink: sink) else { return nil }
    let title = f.string("title", required: true)
    let titleInText = f.bool("title_in_text") ?? true
    let issuer = f.string("issuer")
    let docNumber = f.string("doc_number")
    var issued: PlanDate?
    if let issuedNode = f.value("issued"), let text = issuedNode.asText(sink: sink, key: "issued") {
      issued = PlanDate(parsing: text)
      if issued == nil {
        sink.report(issuedNode, FileText.badIssued)
      }
    }
    let status = f.string("status")
    let horizon = f.require("horizon").flatMap(self.horizon)
    let stages = f.list("stages", stage)
    let sourceDocument = f.string("source_document")
    let notes = f.strings("notes")
    f.rejectUnknownKeys()
    guard let title, let horizon else { return nil }
    return PlanDocument(
      title: title, titleInText: titleInText, issuer: issuer, docNumber: docNumber, issued: issued,
      status: status, horizon: horizon, stages: stages, sourceDocument: sourceDocument,
      notes: notes)
  }

  func horizon(_ node: Node) -> Horizon? {
    guard var f = Fields(node, what: FileText.Part.horizon, sink: sink) else { return nil }
    let start = f.int("start", required: true)
    let end = f.int("end", required: true)
    f.rejectUnknownKeys()
    guard let start, let end else { return nil }
    return Horizon(start: start, end: end)
  }

  func stage(_ node: Node) -> Stage? {
    guard var f = Fields(node, what: FileText.Part.stage, sink: sink) else { return nil }
    let year = f.int("year", required: true)
    let name = f.string("name")
    let source = f.value("source").flatMap { self.source($0, textRequired: false) }
    f.rejectUnknownKeys()
    guard let year else { return nil }
    return Stage(year: year, name: name, source: source)
  }

  func source(_ node: Node, textRequired: Bool) -> SourceRef? {
    guard var f = Fields(node, what: FileText.Part.source, sink: sink) else { return nil }
    let section = f.string("section")
    let text = f.string("text", required: textRequired)
    f.rejectUnknownKeys()
    if let text, text.isEmpty { sink.report(node, FileText.emptySourceText) }
    return SourceRef(section: section, text: text)
  }

  func requiredSource(_ f: inout Fields, textRequired: Bool = true) -> SourceRef? {
    f.require("source").flatMap { source($0, textRequired: textRequired) }
  }

  func figure(_ node: Node, what: Localized) -> Figure? {
    guard var f = Fields(node, what: what, sink: sink) else { return nil }
    let figure = Figure(
      value: f.number("value"), min: f.number("min"), max: f.number("max"), year: f.int("year"),
      qualifiers: f.strings("qualifiers"))
    f.rejectUnknownKeys()
    return figure
  }

  /// The quantitative keys shared by targets and indicators.
  func goal(_ f: inout Fields) -> Goal? {
    var kind: GoalKind?
    if let node = f.require("kind"), let text = node.asText(sink: sink, key: "kind") {
      kind = GoalKind(rawValue: text)
      if kind == nil {
        let kinds = GoalKind.allCases.map(\.rawValue).joined(separator: " ")
        sink.report(
          node,
          FileText.unknownValue("kind", text, oneOf: Localized(zh: kinds, en: "one of " + kinds)))
      }
    }
    var direction: Direction?
    if let node = f.require("direction"), let text = node.asText(sink: sink, key: "direction") {
      direction = Direction(rawValue: text)
      if direction == nil {
        sink.report(
          node,
          FileText.unknownValue(
            "direction", text, oneOf: Localized(zh: "up、down 或 keep", en: "up, down or keep")))
      }
    }
    let unit = f.string("unit")
    let baseline = f.value("baseline").flatMap { figure($0, what: FileText.Part.baseline) }
    let target = f.value("target").flatMap { figure($0, what: FileText.Part.target) }
    let baseYear = f.int("base_year")
    let qualifiers = f.strings("qualifiers")
    let perYear = f.bool("per_year") ?? false
    let comparator = f.string("comparator")
    guard let kind, let direction else { return nil }
    return Goal(
      kind: kind, direction: direction, unit: unit, baseline: baseline, target: target,
      baseYear: baseYear, qualifiers: qualifiers, perYear: perYear, comparator: comparator)
  }

  func target(_ node: Node) -> Target? {
    guard var f = Fields(node, what: FileText.Part.aTarget, sink: sink) else { return nil }
    let id = f.string("id", required: true)
    let metric = f.string("metric", required: true)
    let goal = goal(&f)
    let cluster = f.string("cluster")
    let stage = f.int("stage")
    let source = requiredSource(&f)
    f.rejectUnknownKeys()
    guard let id, let metric, let goal, let source else { return nil }
    return Target(
      id: id, metric: metric, goal: goal, cluster: cluster, stage: stage, source: source)
  }

  func indicator(_ node: Node) -> Indicator? {
    guard var f = Fields(node, what: FileText.Part.anIndicator, sink: sink) else { return nil }
    let id = f.string("id", required: true)
    let name = f.string("name", required: true)
    var category: IndicatorCategory?
    if let categoryNode = f.require("category"),
      let text = categoryNode.asText(sink: sink, key: "category")
    {
      category = IndicatorCategory(rawValue: text)
      if category == nil {
        sink.report(
          categoryNode,
          FileText.unknownValue(
            "category", text, oneOf: Localized(zh: "land 或 energy", en: "land or energy")))
      }
    }
    let goal = goal(&f)
    let cluster = f.string("cluster")
    let stage = f.int("stage")
    let source = requiredSource(&f)
    f.rejectUnknownKeys()
    guard let id, let name, let category, let goal, let source else { return nil }
    return Indicator(
      id: id, name: name, category: category, goal: goal, cluster: cluster, stage: stage,
      source: source)
  }

  func cluster(_ node: Node) -> Cluster? {
    guard var f = Fields(node, what: FileText.Part.aCluster, sink: sink) else { return nil }
    let id = f.string("id", required: true)
    let name = f.string("name", required: true)
    let tier = f.string("tier")
    let parent = f.string("parent")
    let scale = f.value("scale").flatMap { figure($0, what: FileText.Part.scale) }
    let leadUnits = f.strings("lead_units")
    let responsibleUnits = f.strings("responsible_units")
    let source = requiredSource(&f)
    f.rejectUnknownKeys()
    guard let id, let name, let source else { return nil }
    return Cluster(
      id: id, name: name, tier: tier, parent: parent, scale: scale, leadUnits: leadUnits,
      responsibleUnits: responsibleUnits, source: source)
  }

  func ladder(_ node: Node) -> Ladder? {
    guard var f = Fields(node, what: FileText.Part.aLadder, sink: sink) else { return nil }
    let id = f.string("id", required: true)
    let name = f.string("name", required: true)
    let tiers = f.list("tiers", required: true, tier)
    let source = requiredSource(&f)
    f.rejectUnknownKeys()
    guard let id, let name, let source else { return nil }
    return Ladder(id: id, name: name, tiers: tiers, source: source)
  }

  func tier(_ node: Node) -> LadderTier? {
    guard var f = Fields(node, what: FileText.Part.aTier, sink: sink) else { return nil }
    let id = f.string("id", required: true)
    let name = f.string("name", required: true)
    let unit = f.string("unit")
    let baseline = f.value("baseline").flatMap { figure($0, what: FileText.Part.baseline) }
    let target = f.value("target").flatMap { figure($0, what: FileText.Part.target) }
    let qualifiers = f.strings("qualifiers")
    let description = f.string("description")
    let source = requiredSource(&f)
    f.rejectUnknownKeys()
    guard let id, let name, let source else { return nil }
    return LadderTier(
      id: id, name: name, unit: unit, baseline: baseline, target: target, qualifiers: qualifiers,
      description: description, source: source)
  }

  func measure(_ node: Node) -> Measure? {
    guard var f = Fields(node, what: FileText.Part.aMeasure, sink: sink) else { return nil }
    let id = f.string("id", required: true)
    let hasSectionKey = f.entries.contains { $0.key == "section" }
    if !hasSectionKey {
      sink.report(node, FileText.missingSection)
    }
    let section = f.string("section")
    let position = f.string("position")
    let sequence = f.int("sequence")
    let title = f.string("title", required: true)
    let text = f.string("text", required: true)
    let leadUnits = f.strings("lead_units")
    let responsibleUnits = f.strings("responsible_units")
    let clusters = f.strings("clusters")
    let targets = f.strings("targets")
    let outputs = f.list("outputs", output)
    let due = f.int("due")
    let source = requiredSource(&f, textRequired: false)
    f.rejectUnknownKeys()
    guard let id, let title, let text, let source, hasSectionKey else { return nil }
    return Measure(
      id: id, section: section, position: position, sequence: sequence, title: title, text: text,
      leadUnits: leadUnits, responsibleUnits: responsibleUnits, clusters: clusters,
      targets: targets, outputs: outputs, due: due, source: source)
  }

  func output(_ node: Node) -> MeasureOutput? {
    guard var f = Fields(node, what: FileText.Part.anOutput, sink: sink) else { return nil }
    let metric = f.string("metric", required: true)
    let figure = Figure(
      value: f.number("value"), min: f.number("min"), max: f.number("max"), year: f.int("year"),
      qualifiers: f.strings("qualifiers"))
    let unit = f.string("unit")
    let perYear = f.bool("per_year") ?? false
    f.rejectUnknownKeys()
    guard let metric else { return nil }
    return MeasureOutput(metric: metric, figure: figure, unit: unit, perYear: perYear)
  }
}

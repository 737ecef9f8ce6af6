import PlanModel

/// Encodes a `Plan` to a compact binary form for the load cache, and back. Every field of
/// the model is written; a test checks that a cached load equals a YAML load.
enum PlanBinaryCodec {
  static func encode(_ plan: Plan) -> [UInt8] {
    var w = BinaryWriter(capacity: 64 * 1024)
    let r = plan.region
    w.string(r.id)
    w.string(r.name)
    w.string(r.level.rawValue)
    w.optionalString(r.province)
    w.optionalString(r.parent)
    w.optionalString(r.parentID)
    let d = plan.document
    w.string(d.title)
    w.bool(d.titleInText)
    w.optionalString(d.issuer)
    w.optionalString(d.docNumber)
    w.optionalString(d.issued?.description)
    w.optionalString(d.status)
    w.int(d.horizon.start)
    w.int(d.horizon.end)
    w.uint(UInt64(d.stages.count))
    for stage in d.stages {
      w.int(stage.year)
      w.optionalString(stage.name)
      w.bool(stage.source != nil)
      if let source = stage.source { encode(source, &w) }
    }
    w.optionalString(d.sourceDocument)
    w.strings(d.notes)
    w.uint(UInt64(plan.targets.count))
    for t in plan.targets {
      w.string(t.id)
      w.string(t.metric)
      encode(t.goal, &w)
      w.optionalString(t.cluster)
      w.optionalInt(t.stage)
      encode(t.source, &w)
    }
    w.uint(UInt64(plan.clusters.count))
    for c in plan.clusters {
      w.string(c.id)
      w.string(c.name)
      w.optionalString(c.tier)
      w.optionalString(c.parent)
      encode(c.scale, &w)
      w.strings(c.leadUnits)
      w.strings(c.responsibleUnits)
      encode(c.source, &w)
    }
    w.uint(UInt64(plan.ladders.count))
    for l in plan.ladders {
      w.string(l.id)
      w.string(l.name)
      encode(l.source, &w)
      w.uint(UInt64(l.tiers.count))
      for t in l.tiers {
        w.string(t.id)
        w.string(t.name)
        w.optionalString(t.unit)
        encode(t.baseline, &w)
        encode(t.target, &w)
        w.strings(t.qualifiers)
        w.optionalString(t.description)
        encode(t.source, &w)
      }
    }
    w.uint(UInt64(plan.indicators.count))
    for i in plan.indicators {
      w.string(i.id)
      w.string(i.name)
      w.string(i.category.rawValue)
      encode(i.goal, &w)
      w.optionalString(i.cluster)
      w.optionalInt(i.stage)
      encode(i.source, &w)
    }
    w.uint(UInt64(plan.measures.count))
    for m in plan.measures {
      w.string(m.id)
      w.optionalString(m.section)
      w.optionalString(m.position)
      w.optionalInt(m.sequence)
      w.string(m.title)
      w.string(m.text)
      w.strings(m.leadUnits)
      w.strings(m.responsibleUnits)
      w.strings(m.clusters)
      w.strings(m.targets)
      w.uint(UInt64(m.outputs.count))
      for o in m.outputs {
        w.string(o.metric)
        encode(o.figure, &w)
        w.optionalString(o.unit)
        w.bool(o.perYear)
      }
      w.optionalInt(m.due)
      encode(m.source, &w)
    }
    return w.bytes
  }

  static func encode(_ source: SourceRef, _ w: inout BinaryWriter) {
    w.optionalString(source.section)
    w.optionalString(source.text)
  }

  static func encode(_ figure: Figure?, _ w: inout BinaryWriter) {
    w.bool(figure != nil)
    guard let figure else { return }
    encode(figure, &w)
  }

  static func encode(_ figure: Figure, _ w: inout BinaryWriter) {
    w.optionalDouble(figure.value)
    w.optionalDouble(figure.min)
    w.optionalDouble(figure.max)
    w.optionalInt(figure.year)
    w.strings(figure.qualifiers)
  }

  static func encode(_ goal: Goal, _ w: inout BinaryWriter) {
    w.string(goal.kind.rawValue)
    w.string(goal.direction.rawValue)
    w.optionalString(goal.unit)
    encode(goal.baseline, &w)
    encode(goal.target, &w)
    w.optionalInt(goal.baseYear)
    w.strings(goal.qualifiers)
    w.bool(goal.perYear)
    w.optionalString(goal.comparator)
  }

  // MARK: decoding

  /// Decodes a plan. With `texts`, measure texts are not read into memory but left in the
  /// cache file (`texts.source`), whose blob starts at `texts.blobOffset`.
  static func decode(
    _ r: inout BinaryReader, texts: (source: any DeferredTextSource, blobOffset: Int)? = nil
  ) throws -> Plan {
    let region = Region(
      id: try r.string(), name: try r.string(), level: try enumValue(&r),
      province: try r.optionalString(), parent: try r.optionalString(),
      parentID: try r.optionalString())
    let title = try r.string()
    let titleInText = try r.bool()
    let issuer = try r.optionalString()
    let docNumber = try r.optionalString()
    let issued = try r.optionalString().flatMap(PlanDate.init(parsing:))
    let status = try r.optionalString()
    let horizon = Horizon(start: try r.int(), end: try r.int())
    var stages: [Stage] = []
    let stagesCount = try r.count()
    stages.reserveCapacity(stagesCount)
    for _ in 0..<stagesCount {
      let year = try r.int()
      let name = try r.optionalString()
      let source = try r.bool() ? try sourceRef(&r) : nil
      stages.append(Stage(year: year, name: name, source: source))
    }
    let document = PlanDocument(
      title: title, titleInText: titleInText, issuer: issuer, docNumber: docNumber,
      issued: issued, status: status, horizon: horizon, stages: stages,
      sourceDocument: try r.optionalString(), notes: try r.strings())
    var targets: [Target] = []
    let targetsCount = try r.count()
    targets.reserveCapacity(targetsCount)
    for _ in 0..<targetsCount {
      targets.append(
        Target(
          id: try r.string(), metric: try r.string(), goal: try goal(&r),
          cluster: try r.optionalString(), stage: try r.optionalInt(), source: try sourceRef(&r)))
    }
    var clusters: [Cluster] = []
    let clustersCount = try r.count()
    clusters.reserveCapacity(clustersCount)
    for _ in 0..<clustersCount {
      clusters.append(
        Cluster(
          id: try r.string(), name: try r.string(), tier: try r.optionalString(),
          parent: try r.optionalString(), scale: try optionalFigure(&r),
          leadUnits: try r.strings(), responsibleUnits: try r.strings(),
          source: try sourceRef(&r)))
    }
    var ladders: [Ladder] = []
    let laddersCount = try r.count()
    ladders.reserveCapacity(laddersCount)
    for _ in 0..<laddersCount {
      let id = try r.string()
      let name = try r.string()
      let source = try sourceRef(&r)
      var tiers: [LadderTier] = []
      let tiersCount = try r.count()
      tiers.reserveCapacity(tiersCount)
      for _ in 0..<tiersCount {
        tiers.append(
          LadderTier(
            id: try r.string(), name: try r.string(), unit: try r.optionalString(),
            baseline: try optionalFigure(&r), target: try optionalFigure(&r),
            qualifiers: try r.strings(), description: try r.optionalString(),
            source: try sourceRef(&r)))
      }
      ladders.append(Ladder(id: id, name: name, tiers: tiers, source: source))
    }
    var indicators: [Indicator] = []
    let indicatorsCount = try r.count()
    indicators.reserveCapacity(indicatorsCount)
    for _ in 0..<indicatorsCount {
      indicators.append(
        Indicator(
          id: try r.string(), name: try r.string(), category: try enumValue(&r),
          goal: try goal(&r), cluster: try r.optionalString(), stage: try r.optionalInt(),
          source: try sourceRef(&r)))
    }
    var measures: [Measure] = []
    let measuresCount = try r.count()
    measures.reserveCapacity(measuresCount)
    for _ in 0..<measuresCount {
      let id = try r.string()
      let section = try r.optionalString()
      let position = try r.optionalString()
      let sequence = try r.optionalInt()
      let title = try r.string()
      let text: LongText
      if let texts {
        let length = try r.count()
        text = LongText(
          deferredTo: texts.source, offset: texts.blobOffset + r.offset, length: length)
        _ = try r.raw(length)
      } else {
        text = LongText(try r.string())
      }
      let leadUnits = try r.strings()
      let responsibleUnits = try r.strings()
      let clusterIDs = try r.strings()
      let targetIDs = try r.strings()
      var outputs: [MeasureOutput] = []
      let outputsCount = try r.count()
      outputs.reserveCapacity(outputsCount)
      for _ in 0..<outputsCount {
        outputs.append(
          MeasureOutput(
            metric: try r.string(), figure: try figure(&r), unit: try r.optionalString(),
            perYear: try r.bool()))
      }
      var measure = Measure(
        id: id, section: section, position: position, sequence: sequence, title: title,
        text: "", leadUnits: leadUnits, responsibleUnits: responsibleUnits,
        clusters: clusterIDs, targets: targetIDs, outputs: outputs, due: try r.optionalInt(),
        source: try sourceRef(&r))
      measure.longText = text
      measures.append(measure)
    }
    return Plan(
      region: region, document: document, targets: targets, clusters: clusters,
      ladders: ladders, indicators: indicators, measures: measures)
  }

  static func enumValue<E: RawRepresentable>(_ r: inout BinaryReader) throws -> E
  where E.RawValue == String {
    guard let value = E(rawValue: try r.string()) else { throw BinaryReader.Malformed() }
    return value
  }

  static func sourceRef(_ r: inout BinaryReader) throws -> SourceRef {
    SourceRef(section: try r.optionalString(), text: try r.optionalString())
  }

  static func figure(_ r: inout BinaryReader) throws -> Figure {
    Figure(
      value: try r.optionalDouble(), min: try r.optionalDouble(), max: try r.optionalDouble(),
      year: try r.optionalInt(), qualifiers: try r.strings())
  }

  static func optionalFigure(_ r: inout BinaryReader) throws -> Figure? {
    try r.bool() ? try figure(&r) : nil
  }

  static func goal(_ r: inout BinaryReader) throws -> Goal {
    Goal(
      kind: try enumValue(&r), direction: try enumValue(&r), unit: try r.optionalString(),
      baseline: try optionalFigure(&r), target: try optionalFigure(&r),
      baseYear: try r.optionalInt(), qualifiers: try r.strings(), perYear: try r.bool(),
      comparator: try r.optionalString())
  }
}

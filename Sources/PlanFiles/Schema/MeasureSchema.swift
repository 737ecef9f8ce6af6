import PlanModel
import Yams

/// `measures:` — a measure with its units, links and quantified outputs.
enum MeasureSchema {
  static let layout = """
    Measure: id str, section str?, position str?, sequence int?, title str, text str, \
    lead_units [str], responsible_units [str], clusters [str], targets [str], \
    outputs [metric str, Figure, unit str?, per_year bool], due int?, source SourceRef
    """

  /// Where measure texts are left on disk rather than read: the cache file, and where the
  /// plan's blob starts in it.
  typealias DeferredTexts = (source: any DeferredTextSource, blobOffset: Int)

  static func read(_ node: Node, sink: ProblemSink) -> Measure? {
    guard var f = Fields(node, what: FileText.Part.aMeasure, sink: sink) else { return nil }
    let id = f.string("id", required: true)
    let hasSectionKey = f.entries.contains { $0.key == "section" }
    if !hasSectionKey { sink.report(node, FileText.missingSection) }
    let section = f.string("section")
    let position = f.string("position")
    let sequence = f.int("sequence")
    let title = f.string("title", required: true)
    let text = f.string("text", required: true)
    let leadUnits = f.strings("lead_units")
    let responsibleUnits = f.strings("responsible_units")
    let clusters = f.strings("clusters")
    let targets = f.strings("targets")
    let outputs = f.list("outputs") { readOutput($0, sink: sink) }
    let due = f.int("due")
    let source = SourceSchema.required(&f, textRequired: false)
    f.rejectUnknownKeys()
    guard let id, let title, let text, let source, hasSectionKey else { return nil }
    return Measure(
      id: id, section: section, position: position, sequence: sequence, title: title, text: text,
      leadUnits: leadUnits, responsibleUnits: responsibleUnits, clusters: clusters,
      targets: targets, outputs: outputs, due: due, source: source)
  }

  static func readOutput(_ node: Node, sink: ProblemSink) -> MeasureOutput? {
    guard var f = Fields(node, what: FileText.Part.anOutput, sink: sink) else { return nil }
    let metric = f.string("metric", required: true)
    let figure = FigureSchema.readKeys(&f)
    let unit = f.string("unit")
    let perYear = f.bool("per_year") ?? false
    f.rejectUnknownKeys()
    guard let metric else { return nil }
    return MeasureOutput(metric: metric, figure: figure, unit: unit, perYear: perYear)
  }

  static func write(_ measure: Measure) -> Node {
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
    m.addList("outputs", measure.outputs.map(writeOutput))
    m.add("due", int: measure.due)
    m.add("source", SourceSchema.write(measure.source))
    return m.node
  }

  static func writeOutput(_ output: MeasureOutput) -> Node {
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
  }

  static func encode(_ m: Measure, _ w: inout BinaryWriter) {
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
    w.list(m.outputs) { o, w in
      w.string(o.metric)
      FigureSchema.encode(o.figure, &w)
      w.optionalString(o.unit)
      w.bool(o.perYear)
    }
    w.optionalInt(m.due)
    SourceSchema.encode(m.source, &w)
  }

  /// Decodes a measure; with `texts`, its text is left in the cache file.
  static func decode(_ r: inout BinaryReader, texts: DeferredTexts?) throws -> Measure {
    let id = try r.string()
    let section = try r.optionalString()
    let position = try r.optionalString()
    let sequence = try r.optionalInt()
    let title = try r.string()
    let text = try longText(&r, texts: texts)
    var measure = Measure(
      id: id, section: section, position: position, sequence: sequence, title: title,
      text: "", leadUnits: try r.strings(), responsibleUnits: try r.strings(),
      clusters: try r.strings(), targets: try r.strings(),
      outputs: try r.list { r in
        MeasureOutput(
          metric: try r.string(), figure: try FigureSchema.decode(&r),
          unit: try r.optionalString(), perYear: try r.bool())
      }, due: try r.optionalInt(), source: try SourceSchema.decode(&r))
    measure.longText = text
    return measure
  }

  private static func longText(_ r: inout BinaryReader, texts: DeferredTexts?) throws -> LongText {
    guard let texts else { return LongText(try r.string()) }
    let length = try r.count()
    let text = LongText(
      deferredTo: texts.source, offset: texts.blobOffset + r.offset, length: length)
    _ = try r.raw(length)
    return text
  }
}

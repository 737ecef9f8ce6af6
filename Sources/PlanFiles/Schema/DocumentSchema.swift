import PlanModel
import Yams

/// `plan:` — the plan document, with its horizon and stages.
enum DocumentSchema {
  static let layout = """
    PlanDocument: title str, title_in_text bool, issuer str?, doc_number str?, issued str?, \
    status str?, horizon (start int, end int), stages [year int, name str?, source bool+SourceRef], \
    source_document str?, notes [str]
    """

  static func read(_ node: Node, sink: ProblemSink) -> PlanDocument? {
    guard var f = Fields(node, what: FileText.Part.plan, sink: sink) else { return nil }
    let title = f.string("title", required: true)
    let titleInText = f.bool("title_in_text") ?? true
    let issuer = f.string("issuer")
    let docNumber = f.string("doc_number")
    var issued: PlanDate?
    if let issuedNode = f.value("issued"), let text = issuedNode.asText(sink: sink, key: "issued") {
      issued = PlanDate(parsing: text)
      if issued == nil { sink.report(issuedNode, FileText.badIssued) }
    }
    let status = f.string("status")
    let horizon = f.require("horizon").flatMap { readHorizon($0, sink: sink) }
    let stages = f.list("stages") { readStage($0, sink: sink) }
    let sourceDocument = f.string("source_document")
    let notes = f.strings("notes")
    f.rejectUnknownKeys()
    guard let title, let horizon else { return nil }
    return PlanDocument(
      title: title, titleInText: titleInText, issuer: issuer, docNumber: docNumber, issued: issued,
      status: status, horizon: horizon, stages: stages, sourceDocument: sourceDocument,
      notes: notes)
  }

  static func readHorizon(_ node: Node, sink: ProblemSink) -> Horizon? {
    guard var f = Fields(node, what: FileText.Part.horizon, sink: sink) else { return nil }
    let start = f.int("start", required: true)
    let end = f.int("end", required: true)
    f.rejectUnknownKeys()
    guard let start, let end else { return nil }
    return Horizon(start: start, end: end)
  }

  static func readStage(_ node: Node, sink: ProblemSink) -> Stage? {
    guard var f = Fields(node, what: FileText.Part.stage, sink: sink) else { return nil }
    let year = f.int("year", required: true)
    let name = f.string("name")
    let source = f.value("source").flatMap {
      SourceSchema.read($0, textRequired: false, sink: sink)
    }
    f.rejectUnknownKeys()
    guard let year else { return nil }
    return Stage(year: year, name: name, source: source)
  }

  static func write(_ document: PlanDocument) -> Node {
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
    m.addList("stages", document.stages.map(writeStage))
    m.add("source_document", document.sourceDocument)
    m.addStrings("notes", document.notes)
    return m.node
  }

  static func writeStage(_ stage: Stage) -> Node {
    var s = MappingBuilder()
    s.add("year", int: stage.year)
    s.add("name", stage.name)
    if let source = stage.source { s.add("source", SourceSchema.write(source)) }
    return s.node
  }

  static func encode(_ d: PlanDocument, _ w: inout BinaryWriter) {
    w.string(d.title)
    w.bool(d.titleInText)
    w.optionalString(d.issuer)
    w.optionalString(d.docNumber)
    w.optionalString(d.issued?.description)
    w.optionalString(d.status)
    w.int(d.horizon.start)
    w.int(d.horizon.end)
    w.list(d.stages) { stage, w in
      w.int(stage.year)
      w.optionalString(stage.name)
      w.bool(stage.source != nil)
      if let source = stage.source { SourceSchema.encode(source, &w) }
    }
    w.optionalString(d.sourceDocument)
    w.strings(d.notes)
  }

  static func decode(_ r: inout BinaryReader) throws -> PlanDocument {
    let title = try r.string()
    let titleInText = try r.bool()
    let issuer = try r.optionalString()
    let docNumber = try r.optionalString()
    let issued = try r.optionalString().flatMap(PlanDate.init(parsing:))
    let status = try r.optionalString()
    let horizon = Horizon(start: try r.int(), end: try r.int())
    let stages = try r.list { r in
      Stage(
        year: try r.int(), name: try r.optionalString(),
        source: try r.bool() ? try SourceSchema.decode(&r) : nil)
    }
    return PlanDocument(
      title: title, titleInText: titleInText, issuer: issuer, docNumber: docNumber,
      issued: issued, status: status, horizon: horizon, stages: stages,
      sourceDocument: try r.optionalString(), notes: try r.strings())
  }
}

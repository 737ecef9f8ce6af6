import PlanModel
import Testing
import Yams

@testable import PlanFiles

/// Every plan type, with every field set, survives its schema both ways: model → YAML →
/// model → the same YAML, and model → binary → model.
@Suite struct SchemaRoundTripTests {
  @Test func region() throws { try check(RegionCase.value, RegionCase.schema) }
  @Test func document() throws { try check(Full.document, DocumentCase.schema) }
  @Test func source() throws { try check(Full.source, SourceCase.schema) }
  @Test func figure() throws { try check(Full.figure, FigureCase.schema) }
  @Test func goal() throws { try check(Full.goal, GoalCase.schema) }
  @Test func target() throws { try check(Full.target, TargetCase.schema) }
  @Test func indicator() throws { try check(Full.indicator, IndicatorCase.schema) }
  @Test func cluster() throws { try check(Full.cluster, ClusterCase.schema) }
  @Test func ladder() throws { try check(Full.ladder, LadderCase.schema) }
  @Test func measure() throws { try check(Full.measure, MeasureCase.schema) }
  @Test func heading() throws { try check(Full.section, OutlineCase.schema) }
  @Test func plan() throws { try check(Full.plan, PlanCase.schema, chapterParent: true) }

  /// The fixtures really set every field: no optional left nil, no list left empty (but
  /// the chapter's parent, which a chapter never has).
  @Test func fixturesSetEveryField() {
    #expect(UnsetFields.find(in: Full.plan) == [Full.chapterParentPath])
  }

  private func check<T: Equatable>(
    _ value: T, _ schema: SchemaCase<T>, chapterParent: Bool = false
  ) throws {
    let unset = UnsetFields.find(in: value)
    #expect(unset == (chapterParent ? [Full.chapterParentPath] : []), "\(unset)")
    let text = try Yams.serialize(node: schema.write(value), width: -1, allowUnicode: true)
    let node = try #require(try Yams.compose(yaml: text, .basic))
    let sink = ProblemSink(file: "schema.yaml")
    let read = schema.read(node, sink)
    #expect(sink.problems.isEmpty, "\(sink.problems)\n\(text)")
    #expect(read == value, "\(text)")
    let again = try read.map {
      try Yams.serialize(node: schema.write($0), width: -1, allowUnicode: true)
    }
    #expect(again == text)
    var writer = BinaryWriter()
    schema.encode(value, &writer)
    var reader = BinaryReader(writer.bytes)
    #expect(try schema.decode(&reader) == value)
    #expect(reader.isAtEnd)
  }
}

/// One schema's four functions, as the round trip uses them.
struct SchemaCase<T>: Sendable {
  let write: @Sendable (T) -> Node
  let read: @Sendable (Node, ProblemSink) -> T?
  let encode: @Sendable (T, inout BinaryWriter) -> Void
  let decode: @Sendable (inout BinaryReader) throws -> T
}

enum RegionCase {
  static let value = Region(
    id: "hechuan", name: "合川区", level: .district, province: "重庆市", parent: "重庆市",
    parentID: "chongqing")
  static let schema = SchemaCase<Region>(
    write: RegionSchema.write, read: { RegionSchema.read($0, sink: $1) },
    encode: RegionSchema.encode, decode: RegionSchema.decode)
}

enum DocumentCase {
  static let schema = SchemaCase<PlanDocument>(
    write: DocumentSchema.write, read: { DocumentSchema.read($0, sink: $1) },
    encode: DocumentSchema.encode, decode: DocumentSchema.decode)
}

enum SourceCase {
  static let schema = SchemaCase<SourceRef>(
    write: SourceSchema.write, read: { SourceSchema.read($0, textRequired: true, sink: $1) },
    encode: SourceSchema.encode, decode: SourceSchema.decode)
}

enum FigureCase {
  static let schema = SchemaCase<Figure>(
    write: FigureSchema.write,
    read: { FigureSchema.read($0, what: FileText.Part.target, sink: $1) },
    encode: { FigureSchema.encode($0, &$1) }, decode: FigureSchema.decode)
}

enum GoalCase {
  static let schema = SchemaCase<Goal>(
    write: { goal in
      var m = MappingBuilder()
      GoalSchema.write(goal, into: &m)
      return m.node
    },
    read: { node, sink in
      guard var f = Fields(node, what: FileText.Part.aTarget, sink: sink) else { return nil }
      let goal = GoalSchema.read(&f)
      f.rejectUnknownKeys()
      return goal
    }, encode: GoalSchema.encode, decode: GoalSchema.decode)
}

enum TargetCase {
  static let schema = SchemaCase<Target>(
    write: TargetSchema.write, read: { TargetSchema.read($0, sink: $1) },
    encode: TargetSchema.encode, decode: TargetSchema.decode)
}

enum IndicatorCase {
  static let schema = SchemaCase<Indicator>(
    write: IndicatorSchema.write, read: { IndicatorSchema.read($0, sink: $1) },
    encode: IndicatorSchema.encode, decode: IndicatorSchema.decode)
}

enum ClusterCase {
  static let schema = SchemaCase<Cluster>(
    write: ClusterSchema.write, read: { ClusterSchema.read($0, sink: $1) },
    encode: ClusterSchema.encode, decode: ClusterSchema.decode)
}

enum LadderCase {
  static let schema = SchemaCase<Ladder>(
    write: LadderSchema.write, read: { LadderSchema.read($0, sink: $1) },
    encode: LadderSchema.encode, decode: LadderSchema.decode)
}

enum MeasureCase {
  static let schema = SchemaCase<Measure>(
    write: MeasureSchema.write, read: { MeasureSchema.read($0, sink: $1) },
    encode: MeasureSchema.encode, decode: { try MeasureSchema.decode(&$0, texts: nil) })
}

enum OutlineCase {
  static let schema = SchemaCase<OutlineHeading>(
    write: OutlineSchema.write,
    read: { node, sink in
      // Read alone, a heading is a chapter; its level comes from the list it stands in.
      OutlineSchema.read(node, sink: sink).map { heading in
        var heading = heading
        heading.level = Full.section.level
        return heading
      }
    }, encode: OutlineSchema.encode, decode: OutlineSchema.decode)
}

enum PlanCase {
  static let schema = SchemaCase<Plan>(
    write: PlanSchema.write, read: { PlanSchema.read($0, sink: $1) },
    encode: { plan, w in w.raw(PlanSchema.encode(plan)) }, decode: { try PlanSchema.decode(&$0) })
}

/// Values of every plan type with every field set (and flags away from their defaults).
enum Full {
  static let source = SourceRef(
    section: "三(一)", text: "打造500亿级产业集群", heading: "三(一)", review: ["年份取自节标题"])
  static let chapter = OutlineHeading(
    key: "三", number: "三、", title: "重点任务", level: 1)
  static let section = OutlineHeading(
    key: "三(一)", number: "(一)", title: "聚力打造主导产业集群", level: 2, parent: "三",
    inText: false)
  static let figure = Figure(value: 1600, min: 2, max: 3.5, year: 2027, qualifiers: ["力争"])
  static let baseline = Figure(value: 12.5, min: 1, max: 20, year: 2022, qualifiers: ["约"])
  static let goal = Goal(
    kind: .growth, direction: .down, unit: "%", baseline: baseline,
    target: figure, baseYear: 2022, qualifiers: ["以上"], perYear: true, comparator: "全省平均水平")
  static let document = PlanDocument(
    title: "合川区制造业高质量发展行动方案", titleInText: false, issuer: "合川区人民政府办公室",
    docNumber: "合川府办发〔2023〕12号", issued: PlanDate(year: 2023, month: 9, day: 12),
    status: "征求意见稿", horizon: Horizon(start: 2023, end: 2027),
    stages: [Stage(year: 2025, name: "近期", source: source)], sourceDocument: "002_ab94.txt",
    notes: ["编号在第三部分重新开始"])
  static let target = Target(
    id: "hechuan.target.revenue", metric: "营业收入", goal: goal, cluster: "hechuan.cluster.auto",
    stage: 2025, source: source)
  static let indicator = Indicator(
    id: "hechuan.indicator.energy", name: "单位增加值能耗", category: .energy, goal: goal,
    cluster: "hechuan.cluster.auto", stage: 2025, source: source)
  static let cluster = Cluster(
    id: "hechuan.cluster.auto", name: "汽车零部件", tier: "主导", parent: "hechuan.cluster.parts",
    scale: figure, leadUnits: ["区经济信息委"], responsibleUnits: ["各镇街"], source: source)
  static let ladder = Ladder(
    id: "hechuan.ladder.firms", name: "企业梯队",
    tiers: [
      LadderTier(
        id: "hechuan.ladder.firms.giant", name: "小巨人", unit: "家", baseline: baseline,
        target: figure, qualifiers: ["以上"], description: "国家级专精特新", source: source)
    ], source: source)
  static let measure = Measure(
    id: "hechuan.measure.auto", section: "(一)", position: "三(一) ¶2", sequence: 2,
    title: "聚力打造主导产业集群", text: "围绕汽车零部件……", leadUnits: ["区经济信息委"],
    responsibleUnits: ["各镇街"], clusters: ["hechuan.cluster.auto"],
    targets: ["hechuan.target.revenue"],
    outputs: [MeasureOutput(metric: "应用场景", figure: figure, unit: "个", perYear: true)],
    due: 2027, source: source)
  static let plan = Plan(
    region: RegionCase.value, document: document, targets: [target], clusters: [cluster],
    ladders: [ladder], indicators: [indicator], measures: [measure],
    outline: [chapter, section])
  static let chapterParentPath = ".outline.0.parent"
}

/// Paths of optionals left nil and lists left empty in a value, found by reflection.
enum UnsetFields {
  static func find(in value: Any, path: String = "") -> [String] {
    let mirror = Mirror(reflecting: value)
    if mirror.displayStyle == .optional {
      guard let child = mirror.children.first else { return [path] }
      return find(in: child.value, path: path)
    }
    if mirror.displayStyle == .collection, mirror.children.isEmpty { return [path] }
    return mirror.children.enumerated().flatMap { index, child in
      find(in: child.value, path: path + "." + (child.label ?? String(index)))
    }
  }
}

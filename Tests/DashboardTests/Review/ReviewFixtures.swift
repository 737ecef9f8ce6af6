import Dashboard
import PlanModel

/// A small hand-made draft and its document: a preamble, two headings, a target with a
/// review mark, a target without, a marked measure, a cluster.
enum ReviewFixtures {
  static let paragraphs = [
    "为推动制造业高质量发展，制定本方案。",
    "一、主要目标",
    "到2027年，规上工业营业收入达到1600亿元。新增上市企业2—3户；工业投资年均增长10%。",
    "二、重点任务",
    "(一)培育产业集群",
    "壮大新能源汽车零部件集群，产值突破500亿元。（牵头单位：区经济信息委；责任单位：区发展改革委）",
    "加快数字化改造，建设智能工厂10个。",
  ]

  static let outline = [
    OutlineHeading(key: "一", number: "一、", title: "主要目标", level: 1),
    OutlineHeading(key: "二", number: "二、", title: "重点任务", level: 1),
    OutlineHeading(key: "二(一)", number: "(一)", title: "培育产业集群", level: 2, parent: "二"),
  ]

  static var plan: Plan {
    Plan(
      region: Region(id: "ceshi", name: "测试区", level: .district),
      document: PlanDocument(
        title: "测试区制造业行动方案", horizon: Horizon(start: 2023, end: 2027),
        sourceDocument: "ceshi.txt"),
      targets: [
        Target(
          id: "ceshi.target.revenue", metric: "规上工业营业收入",
          goal: Goal(
            kind: .absolute, direction: .up, unit: "亿元", target: Figure(value: 1600, year: 2027)),
          source: SourceRef(
            section: "一", text: "到2027年，规上工业营业收入达到1600亿元。", heading: "一",
            review: ["年份取自段首"])),
        Target(
          id: "ceshi.target.listed", metric: "上市企业",
          goal: Goal(
            kind: .count, direction: .up, unit: "户", target: Figure(min: 2, max: 3, year: 2027)),
          source: SourceRef(section: "一", text: "新增上市企业2—3户", heading: "一")),
      ],
      clusters: [
        Cluster(
          id: "ceshi.cluster.auto", name: "新能源汽车零部件", scale: Figure(value: 500, year: 2027),
          source: SourceRef(section: "二(一)", text: "壮大新能源汽车零部件集群，产值突破500亿元。", heading: "二(一)"))
      ],
      measures: [
        Measure(
          id: "ceshi.measure.auto", section: "(一)", title: "壮大新能源汽车零部件集群",
          text: "壮大新能源汽车零部件集群，产值突破500亿元。", leadUnits: ["区经济信息委"],
          clusters: ["ceshi.cluster.auto"],
          source: SourceRef(
            section: "二(一)", text: "壮大新能源汽车零部件集群，产值突破500亿元。", heading: "二(一)",
            review: ["责任单位未识别"]))
      ],
      outline: outline)
  }

  static func state(language: Language = .zh, width: Int = 80, height: Int = 24) -> DraftReviewState
  {
    DraftReviewState(
      plan: plan, draftPath: "drafts/ceshi.yaml", document: ReviewDocument(paragraphs: paragraphs),
      language: language, width: width, height: height)
  }

  /// Runs actions through the reducer.
  static func run(_ state: inout DraftReviewState, _ actions: ReviewAction...) {
    for action in actions { ReviewReducer.reduce(&state, action) }
  }

  /// Types text into the open editor and confirms it.
  static func type(_ state: inout DraftReviewState, _ text: String) {
    ReviewReducer.reduce(&state, .editorInsert(text))
    ReviewReducer.reduce(&state, .editorSubmit)
  }
}

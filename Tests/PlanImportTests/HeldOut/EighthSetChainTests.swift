import PlanModel
import Testing

@testable import PlanImport

/// A plan of one chapter per industrial chain (the eighth held-out set's family, branch i12-r9):
/// each chain heading a cluster with its scale, its starting figure a baseline, its 重点环节
/// its parts, the chapter one measure — tried on invented passages, none a held-out sentence.
@Suite("Extraction: a plan of one chapter per chain")
struct EighthSetChainTests {
  @Test("a chain heading names its cluster, `及` completing one industry, not joining two")
  func chainHeadings() {
    #expect(ClusterHeading.chain("智能家电及配件产业链") == "智能家电及配件")
    #expect(ClusterHeading.chain("“轨道交通装备及关键零部件”产业链") == "轨道交通装备及关键零部件")
    #expect(ClusterHeading.chain("纺织及服装产业链") == nil)
    #expect(ClusterHeading.chain("光伏和储能产业链") == nil)
  }

  @Test("a chain's output is its scale; a class of chains' output names no cluster")
  func chainOutputScale() {
    func scaleName(_ metric: String) -> String? {
      ClusterAssembly.scaleName(
        of: GoalCandidate(
          metric: metric, goal: Goal(kind: .absolute, direction: .up, unit: "亿元"),
          sourceText: metric))
    }
    #expect(scaleName("智能家电及配件产业链营业收入") == "智能家电及配件")
    #expect(scaleName("全市现代纺织产业链产值") == "现代纺织")
    #expect(scaleName("五条重点产业链营业收入") == nil)
    #expect(scaleName("8条产业链营业收入") == nil)
    #expect(scaleName("重点产业链规模") == nil)
    #expect(scaleName("主导产业链产值") == nil)
  }

  @Test("a chain chapter's goal is its scale; its starting figure, with or without `;`, a baseline")
  func chainChapters() throws {
    let plan = draft([
      "丙市重点产业链提升行动方案(2026—2028年)", "一、总体目标",
      "2025年,重点产业链营业收入620亿元。到2028年,重点产业链营业收入突破900亿元。",
      "二、智能家电及配件产业链",
      "链长:市政府副市长。牵头单位:市经信局;配合单位:市商务局。",
      "发展目标:2025年产业链营业收入310亿元。到2028年,产业链营业收入突破500亿元。",
      "三、现代纺织产业链",
      "链长:市政府副市长。牵头单位:市经信局;配合单位:市科技局。",
      "发展目标:2025年产业链营业收入126亿元,到2028年达到200亿元,纺织园区产值占比达到60%。",
      "四、先进材料产业链",
      "链长:市政府副市长。牵头单位:市经信局;配合单位:市应急局。",
      "发展目标:2025年产业链营业收入88亿元;到2028年力争达到150亿元,年均增长19%。",
    ])
    let scales = Dictionary(
      plan.clusters.map { ($0.name, $0.scale?.value) }, uniquingKeysWith: { a, _ in a })
    #expect(scales["智能家电及配件"] == 500)
    #expect(scales["现代纺织"] == 200)
    #expect(scales["先进材料"] == 150)
    #expect(!plan.clusters.contains { $0.name.hasPrefix("重点") })
    let starts = plan.baselineIndicators.map { ($0.baseline.value, $0.baseline.year) }
    for value in [310.0, 126, 88] {
      #expect(starts.contains { $0.0 == value && $0.1 == 2025 }, "\(value)")
    }
    let goals =
      plan.targets.map(\.goal.target?.value) + plan.measures.flatMap(\.outputs).map(\.figure.value)
    #expect(!goals.contains(126) && !goals.contains(88) && !goals.contains(200))
    #expect(goals.contains(60) && goals.contains(19))
  }

  @Test("a sentence opened by a past year and going on to its due year splits there")
  func startingHead() {
    let pieces = StartingHead.split("目标:2025年X营业收入30亿元,到2028年达到50亿元"[...], reference: 2026)
    #expect(pieces.map(String.init) == ["目标:2025年X营业收入30亿元,", "到2028年达到50亿元"])
    // Not a year of the plan, nor a year with no due year after it, nor a due year first.
    #expect(StartingHead.split("2026年X达到30亿元,到2028年达到50亿元"[...], reference: 2026).count == 1)
    #expect(StartingHead.split("2025年X营业收入30亿元,增长12%"[...], reference: 2026).count == 1)
    #expect(StartingHead.split("到2028年X达到50亿元,2025年为30亿元"[...], reference: 2026).count == 1)
  }

  @Test("a chain's 重点环节, each opened by a verb of developing, are its parts")
  func segmentClauses() {
    #expect(
      ClusterSegmentClauses.segments(
        inParagraph: "重点环节:做大做强智能冰箱,推进…;延伸厨电配件链条,引进…;巩固小家电整机优势。")
        == ["智能冰箱", "厨电配件", "小家电"])
    #expect(
      ClusterSegmentClauses.segments(inParagraph: "主攻方向:补齐功能面料,建设…;提升印染绿色生产水平")
        == ["功能面料", "印染"])
    // Without the label, or with a part no verb of developing opens: none.
    #expect(ClusterSegmentClauses.segments(inParagraph: "做强智能冰箱,推进…;做大厨电配件。").isEmpty)
    #expect(
      ClusterSegmentClauses.segments(inParagraph: "重点环节:做强智能冰箱;2025年产值80亿元。").isEmpty)
    let plan = draft([
      "丁市产业链行动方案(2026—2028年)", "一、总体目标", "到2028年,重点产业链产值突破500亿元。",
      "二、现代纺织产业链", "链长:市政府副市长。牵头单位:市经信局;配合单位:市商务局。",
      "重点环节:做强功能面料,建设…;做优高端服装,培育…。",
    ])
    let parents = Dictionary(
      plan.clusters.map { ($0.name, $0.parent) }, uniquingKeysWith: { a, _ in a })
    let chain = plan.clusters.first { $0.name == "现代纺织" }?.id
    #expect(chain != nil)
    #expect(parents["功能面料"] == chain && parents["高端服装"] == chain)
  }

  @Test("a chapter of fields is one task, titled with its heading, with every field's outputs")
  func fieldedChapters() {
    let plan = draft([
      "戊市产业链行动方案(2026—2028年)", "一、总体目标", "到2028年,重点产业链产值突破500亿元。",
      "二、现代纺织产业链", "链长:市政府副市长。链主企业:某纺织公司。牵头单位:市经信局;配合单位:市商务局、市科技局。",
      "发展目标:2025年产业链产值120亿元。到2028年,产业链产值达到200亿元,建成纺织园区2个。",
      "重点环节:做强功能面料,引进配套企业8家以上;做优高端服装,培育自主品牌。", "重点企业:某纺织公司、某服装公司。",
      "三、保障措施", "(一)强化组织领导。建立链长制。(责任单位:市经信局)",
      "(二)强化要素保障。统筹安排用地指标。(责任单位:市自然资源局)",
    ])
    let chains = plan.measures.filter { $0.title == "现代纺织产业链" }
    #expect(chains.count == 1)
    #expect(chains.first?.leadUnits == ["市经信局"])
    #expect(chains.first?.responsibleUnits == ["市商务局", "市科技局"])
    #expect(chains.first?.outputs.contains { $0.figure.value == 8 } == true)
    #expect(chains.first?.text.contains("重点企业:") == true)
    #expect(plan.measures.count == 3)
    #expect(FieldedChapters.isField("发展目标:到2028年…"))
    #expect(!FieldedChapters.isField("到2028年:产值达到200亿元"))
    #expect(!FieldedChapters.isField("加快建设产业园区。推动…"))
  }

  @Test("paragraphs under a heading that are not all fields stay tasks of their own")
  func unfieldedParagraphs() {
    let plan = draft([
      "己县园区行动方案(2026—2028年)", "一、重点任务", "(一)提升园区能级",
      "重点环节:做强功能面料,引进配套企业8家以上。", "加快建设标准厂房,完善园区配套。(责任单位:县经信局)",
    ])
    #expect(plan.measures.filter { $0.title == "提升园区能级" }.count == 2)
  }
}

import PlanModel
import Testing

@testable import PlanImport

@Suite("Extraction: the outline recogniser")
struct OutlineRecogniserTests {
  @Test("levels follow the order numbering styles nest in; keys join the numbers")
  func levels() {
    let outline = OutlineRecogniser(paragraphs: [
      "前言段落。", "一、总体要求", "(一)发展目标", "到2030年,产值翻番。", "二、重点任务",
      "(一)壮大产业集群。", "1.培育龙头企业。支持企业上市。", "2.做强配套。完善链条。", "(二)强化保障",
    ])
    #expect(outline.headings.map(\.key) == ["一", "一(一)", "二", "二(一)", "二(一)1", "二(一)2", "二(二)"])
    #expect(outline.headings.map(\.level) == [1, 2, 1, 2, 3, 3, 2])
    #expect(outline.headings[4].title == "培育龙头企业")
    #expect(outline.lines[6]?.runIn == true)
    #expect(outline.lines[5]?.runIn == false)
    #expect(outline.headings[3].title == "壮大产业集群")
    #expect(outline.placeKeys[0] == nil)
    #expect(outline.placeKeys[3] == "一(一)")
  }

  @Test("top numbering that starts again without a heading above makes unheaded parts")
  func restartingParts() {
    let outline = OutlineRecogniser(paragraphs: [
      "(一)做强工业。内容。", "(二)做优服务。内容。", "(一)建设平台。内容。", "(二)引育人才。内容。",
    ])
    #expect(outline.headings.map(\.key) == ["P1", "P1(一)", "P1(二)", "P2", "P2(一)", "P2(二)"])
    #expect(outline.headings.filter { !$0.inText }.map(\.key) == ["P1", "P2"])
    #expect(outline.placeKeys == ["P1(一)", "P1(二)", "P2(一)", "P2(二)"])
  }

  @Test("a number that is a figure is no heading; 第一章 and (1) are")
  func markers() {
    #expect(HeadingLine.read("1.5亿元的项目落地。") == nil)
    #expect(HeadingLine.read("2024年产值增长。") == nil)
    #expect(HeadingMarker.at(startOf: "第二章 发展目标")?.printed == "第二章")
    #expect(HeadingMarker.at(startOf: "(3)加强监测")?.style == .arabicBracket)
    #expect(HeadingMarker.at(startOf: "十一、其他")?.ordinal == 11)
  }

  @Test("a 规划's chapters and sections nest: 第一节 under 第一章, 一、 under 第一节; the draft validates")
  func chaptersAndSections() {
    let paragraphs = [
      "庚市制造业发展规划(2026—2030年)", "第一章 发展基础", "2025年,全市工业增加值达到800亿元。", "第二章 重点任务",
      "第一节 壮大产业集群", "一、做强装备制造", "到2030年,装备制造产业产值突破600亿元。", "第二节 培育优质企业",
      "一、实施梯度培育", "新增规上工业企业50家以上。", "第三章 保障措施", "加强组织领导。",
    ]
    let outline = OutlineRecogniser(paragraphs: paragraphs)
    #expect(
      outline.headings.map(\.key) == [
        "第一章", "第二章", "第二章第一节", "第二章第一节一", "第二章第二节", "第二章第二节一", "第三章",
      ])
    #expect(outline.headings.map(\.level) == [1, 1, 2, 3, 2, 3, 1])
    #expect(outline.headings[2].title == "壮大产业集群")
    let plan = PlanDrafter().draft(
      DocumentText(blocks: paragraphs.map { .paragraph($0) }, kind: .text))
    #expect(plan.outline.map(\.number).prefix(3) == ["第一章", "第二章", "第一节"])
    #expect(PlanRules.check([plan]).isEmpty)
  }
}

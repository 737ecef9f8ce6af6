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
}

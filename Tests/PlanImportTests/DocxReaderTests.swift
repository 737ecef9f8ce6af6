import Foundation
import PlandashTestSupport
import Testing

@testable import PlanImport

@Suite struct DocxReaderTests {
  static let taskTable = DocumentTable(rows: [
    ["序号", "重点任务", "牵头单位", "责任单位", "完成时限"],
    Array(repeating: "一、产业提升行动", count: 5),
    ["1", "实施产业链链长制", "市经济和信息化局", "各区县人民政府", "2025年底"],
    ["2", "培育专精特新企业", "市经济和信息化局", "市科技局、市财政局", "2025年底"],
    ["3", "建设特色产业园区", "市发展改革委", "市自然资源局", "长期坚持"],
    Array(repeating: "二、要素保障行动", count: 5),
    ["4", "保障工业用地", "市自然资源局", "市规划和自然资源局", "2024年"],
    ["5", "强化金融支持", "市自然资源局", "市金融工作局、人民银行市分行", "市金融工作局、人民银行市分行"],
  ])

  static let taskTableParagraphs = [
    "示例市制造业高质量发展重点任务分工方案", "一、总体要求",
    "到2025年，全市规上工业增加值年均增长8%以上，制造业增加值占比稳定在30%左右。", "（一）发展目标",
    "1. 培育链主企业5户。", "2. 新增专精特新企业20户。", "二、重点任务", "（一）产业提升", "一是强化链长制。",
    "二是优化营商环境。", "附件：任务分工表", "各地各部门要按照分工抓好落实。",
  ]

  @Test func theHandMadeTaskTableReadsAsPrinted() throws {
    let text = try DocumentReader.read(ImportFixtures.url("task-table.docx"))
    #expect(text.kind == .docx)
    // Numbering from styles and paragraphs, restarting under each heading; hidden text,
    // deletions and the text box left out; the inserted text kept.
    #expect(text.paragraphs == Self.taskTableParagraphs)
    #expect(text.tables == [Self.taskTable])
    #expect(text.blocks[11] == .table(Self.taskTable))
  }

  @Test func aSeedWrittenByLibreOfficeHoldsTheSeedsParagraphs() throws {
    for seed in ["001_6479202b148445dd.txt", "002_ab94c550cb50952a.txt"] {
      let text = try DocumentReader.read(ImportFixtures.url("seed-\(seed.prefix(3)).docx"))
      #expect(text.paragraphs == ImportFixtures.seedParagraphs(seed).map(TextCleaning.collapsed))
    }
  }

  @Test func numberFormats() {
    let chinese = [1, 10, 11, 20, 23, 100, 105, 110, 1200].map {
      DocxNumberFormat.format($0, as: "chineseCounting")
    }
    #expect(chinese == ["一", "十", "十一", "二十", "二十三", "一百", "一百零五", "一百一十", "一千二百"])
    #expect(DocxNumberFormat.format(10, as: "ideographDigital") == "一〇")
    #expect(DocxNumberFormat.format(3, as: "chineseLegalSimplified") == "叁")
    #expect(DocxNumberFormat.format(2, as: "ideographTraditional") == "乙")
    #expect(DocxNumberFormat.format(3, as: "decimalEnclosedCircle") == "③")
    #expect(DocxNumberFormat.format(12, as: "decimalFullWidth") == "１２")
    #expect(DocxNumberFormat.format(28, as: "lowerLetter") == "bb")
    #expect(DocxNumberFormat.format(14, as: "upperRoman") == "XIV")
    #expect(DocxNumberFormat.format(7, as: "bullet") == "")
  }

  @Test func theGridSpreadsMergesDownAndAcross() {
    var grid = TableGrid()
    grid.startRow()
    grid.add("A", rowSpan: 2)
    grid.add("B", columnSpan: 2)
    grid.startRow()
    grid.add("C")
    grid.continueFromAbove()
    grid.startRow()
    grid.skip(1)
    grid.add("D")
    #expect(grid.paddedRows == [["A", "B", "B"], ["A", "C", "B"], ["", "D", ""]])
  }

  @Test func aDamagedPartIsCorrupt() throws {
    let error = #expect(throws: DocumentReadError.self) {
      try DocumentReader.read(ImportFixtures.url("bad/truncated.docx"))
    }
    guard case .corrupt(let path, .docx, _) = error else {
      Issue.record("not corrupt: \(String(describing: error))")
      return
    }
    #expect(path.hasSuffix("bad/truncated.docx"))
  }
}

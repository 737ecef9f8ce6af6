import Foundation
import PlandashTestSupport
import Testing

@testable import PlanImport

@Suite struct HTMLReaderTests {
  @Test func thePortalPageInGBKKeepsTheArticleAndDropsTheFurniture() throws {
    let text = try DocumentReader.read(ImportFixtures.url("portal-gbk.html"))
    #expect(text.kind == .html)
    #expect(text.origin == "https://www.example.gov.cn/zwgk/2024/plan.html")
    let all = text.paragraphs.joined(separator: "\n")
    for furniture in ["首页", "搜索", "统计代码", "当前位置", "分享到", "版权所有", "页尾脚本", "font-family"] {
      #expect(!all.contains(furniture), "\(furniture) should be dropped")
    }
    #expect(text.paragraphs.first == "示例市人民政府办公室关于印发示例市制造业高质量发展行动方案的通知")
    #expect(text.paragraphs.contains("各区县人民政府，市级有关部门："))
    // Entities decoded, source line breaks between Chinese characters gone.
    #expect(
      text.paragraphs.contains(
        "到2027年，全市规上工业增加值年均增长8%以上，制造业增加值占地区生产总值比重达到30%左右——力争突破1000亿元。"))
    #expect(text.paragraphs.contains("（二）强化要素保障。新增工业用地<5000亩>以上。"))
    // <br> ends a paragraph.
    #expect(text.paragraphs.contains("二、重点任务"))
    #expect(text.paragraphs.contains { $0.hasPrefix("（一）壮大主导产业。") })
    #expect(text.paragraphs.suffix(2) == ["附件1：任务分工表", "附件2：指标解释"])
  }

  @Test func tablesSpreadRowspanAndColspan() throws {
    let text = try DocumentReader.read(ImportFixtures.url("portal-gbk.html"))
    #expect(text.tables.count == 2)
    #expect(
      text.tables.first?.rows.first == [
        "索引号：", "11510000MB0000000X/2024-00012", "文 号：", "示府办发〔2024〕12号",
      ])
    #expect(
      text.tables.last?.rows == [
        ["序号", "重点任务", "牵头单位", "完成时限"],
        ["1", "实施链长制", "市经济和信息化局", "2025年"],
        ["2", "培育专精特新企业", "市经济和信息化局", "2026年"],
        ["合计", "合计", "2项", "2项"],
      ])
  }

  @Test func libreOfficesPageOfASeedHoldsTheSeedsParagraphs() throws {
    let text = try DocumentReader.read(ImportFixtures.url("seed-001.html"))
    let expected = ImportFixtures.seedParagraphs("001_6479202b148445dd.txt").map(
      TextCleaning.collapsed)
    #expect(text.paragraphs == expected)
  }

  @Test func aLayoutTableIsReadAsItsCellsAndUTF8IsDeclared() throws {
    let folder = TemporaryFolder()
    let page = """
      <html><head><meta charset="utf-8"><link rel="canonical" href=" https://a.gov.cn/p.html "></head>
      <body><table><tr><td><table><tr><td>菜单</td></tr></table></td>
      <td><p>一、总体要求</p><p>发展&nbsp;目标&amp;任务</p></td></tr></table>
      <pre>第一行
      第二行</pre></body></html>
      """
    let file = folder.write("page.htm", page)
    let text = try DocumentReader.read(URL(fileURLWithPath: file))
    #expect(text.tables.isEmpty)
    #expect(text.paragraphs == ["菜单", "一、总体要求", "发展 目标&任务", "第一行", "第二行"])
    #expect(text.origin == "https://a.gov.cn/p.html")
  }

  @Test func anUndeclaredGB18030PageIsDetected() throws {
    let folder = TemporaryFolder()
    // "<p>制造业</p>" in GB18030, with no <meta> naming it.
    let bytes: [UInt8] =
      Array("<html><body><p>".utf8) + [0xD6, 0xC6, 0xD4, 0xEC, 0xD2, 0xB5]
      + Array("</p></body></html>".utf8)
    let file = folder.write("gb.html", bytes: bytes)
    #expect(try DocumentReader.read(URL(fileURLWithPath: file)).paragraphs == ["制造业"])
  }
}

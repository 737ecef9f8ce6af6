import PlanModel
import Testing

@testable import ProgressStore

@Suite struct CSVImportTests {
  let check = PlanItemCheck(catalog: FixturePlans.catalog)

  func read(_ text: String) -> ActualsCSV.Result {
    ActualsCSV.read(bytes: Array(text.utf8), file: "a.csv") { check.actualProblem($0, year: $1) }
  }

  @Test func goodRowsWithBOMCRLFAndQuotes() {
    let text =
      "\u{FEFF}id,year,value,note\r\n"
      + "hechuan.target.revenue,2024,1200,统计公报\r\n"
      + "hechuan.ladder.firms.scale,2024,\"1,234\",\"来源: \"\"年报\"\", 第3页\"\r\n"
      + "hechuan.target.revenue,2025,1350.5,\"two\nlines\"\r\n"
    let result = read(text)
    #expect(result.problems.isEmpty)
    #expect(
      result.rows.map(\.actual) == [
        Actual(itemID: "hechuan.target.revenue", year: 2024, value: 1200, note: "统计公报"),
        Actual(
          itemID: "hechuan.ladder.firms.scale", year: 2024, value: 1234,
          note: "来源: \"年报\", 第3页"),
        Actual(itemID: "hechuan.target.revenue", year: 2025, value: 1350.5, note: "two\nlines"),
      ])
    #expect(result.rows.map(\.line) == [2, 3, 4])
  }

  @Test func columnsInAnyOrderAndNoteOptional() {
    let result = read("value,id,year\n5,hechuan.target.revenue,2023\n")
    #expect(result.problems.isEmpty)
    #expect(
      result.rows.map(\.actual) == [Actual(itemID: "hechuan.target.revenue", year: 2023, value: 5)])
  }

  @Test func everyBadRowIsReportedWithItsLine() {
    let text = """
      id,year,value,note
      hechuan.target.revenue,2024,1200,ok
      hechuan.target.revenu,2024,1,typo
      hechuan.target.revenue,twenty,1,
      hechuan.target.revenue,2024,12O0,letter O
      hechuan.target.revenue,2031,1,after the plan
      hechuan.measure.parks,2024,1,a measure
      ,2024,1,
      hechuan.target.revenue,2024,1300,again
      hechuan.target.revenue,2025,"1"3,bad quote
      hechuan.target.revenue,2026,1,note,extra

      """
    let problems = read(text).problems.map(\.description)
    #expect(
      problems == [
        "a.csv:3: unknown id hechuan.target.revenu (closest: hechuan.target.revenue, hechuan.ladder.firms.scale)",
        "a.csv:4: year \"twenty\" is not a year (a whole number from 1949 to 2100)",
        "a.csv:5: value \"12O0\" is not a number",
        "a.csv:6: year 2031 is outside the years accepted for “规上工业营业收入” (hechuan.target.revenue) (2013–2027: from ten years before the plan was issued to the end of its horizon)",
        "a.csv:7: “园区” (hechuan.measure.parks) is a measure; actual figures are recorded for targets, indicators, ladder tiers and clusters with a scale",
        "a.csv:8: the id is empty",
        "a.csv:9: hechuan.target.revenue 2024 already given on line 2",
        "a.csv:10: text after a closing quote; quote the whole field",
        "a.csv:11: unexpected value in column 5, which the header does not name",
      ])
  }

  @Test func anUnclosedQuoteIsReportedAtTheRowItStarts() {
    let problems = read("id,year,value,note\nhechuan.target.revenue,2024,1,\"open\nnever closed\n")
      .problems.map(\.description)
    #expect(problems == ["a.csv:2: a quoted field is not closed"])
  }

  @Test func aHeaderWithoutTheColumnsIsRefused() {
    let problems = read("hechuan.target.revenue,2024,1200\n").problems.map(\.description)
    #expect(
      problems == [
        "a.csv:1: the header must name the columns id, year, value, note (missing: id, year, value)"
      ])
    #expect(read("").problems.map(\.description) == ["a.csv:1: the file is empty"])
  }

  @Test func aFileThatIsNotUTF8IsRefusedAtItsLine() {
    // 统计 in GBK, as WPS saves a plain "CSV" file.
    var bytes = Array("id,year,value,note\nhechuan.target.revenue,2024,1,".utf8)
    bytes += [0xCD, 0xB3, 0xBC, 0xC6, 0x0A]
    let result = ActualsCSV.read(bytes: bytes, file: "gbk.csv")
    #expect(
      result.problems.map(\.description) == [
        "gbk.csv:2: not UTF-8 text; save the file as \"CSV UTF-8\""
      ])
    #expect(result.rows.isEmpty)
  }

  @Test func fullWidthFiguresAsWPSWritesThem() {
    let text =
      "id,year,value\n"
      + "hechuan.target.revenue,２０２４,６１\n"
      + "hechuan.target.revenue,2025,\"１，２３４．５\"\n"
      + "hechuan.target.revenue,2026,\"1,23\"\n"
    let result = read(text)
    #expect(
      result.rows.map(\.actual) == [
        Actual(itemID: "hechuan.target.revenue", year: 2024, value: 61),
        Actual(itemID: "hechuan.target.revenue", year: 2025, value: 1234.5),
      ])
    #expect(result.problems.map(\.description) == ["a.csv:4: value \"1,23\" is not a number"])
  }

  @Test func recordsFollowRFC4180() {
    let records = CSVRecords.parse("a,\"b,c\",\"d\"\"e\"\r\n\r\n,,\nlast")
    #expect(records.map(\.fields) == [["a", "b,c", "d\"e"], ["", "", ""], ["last"]])
    #expect(records.map(\.line) == [1, 3, 4])
    #expect(records.allSatisfy { $0.problem == nil })
    #expect(CSVRecords.parse("a\"b,c\n").first?.problem != nil)
  }
}

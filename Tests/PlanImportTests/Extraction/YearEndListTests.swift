import Testing

@testable import PlanImport

/// A year's end (`2028年底`) in a series of years paired by 分别 is that year, no word of the
/// metric — invented passages.
@Suite("Extraction: a year's end in a series of years")
struct YearEndListTests {
  @Test("the metric after the last year's end keeps no 底")
  func metricAfterYearEnd() throws {
    let read = try #require(YearListPairs.read(["2026年", "2027年", "2028年底工业投资"]))
    #expect(read.metric == "工业投资")
    #expect(read.years == [2026, 2027, 2028])
    let ends = try #require(YearListPairs.read(["技改投资2026年末", "2027年末"]))
    #expect(ends.metric == "技改投资")
    #expect(ends.years == [2026, 2027])
  }

  @Test("names that are no years stay no series")
  func notYears() {
    #expect(YearListPairs.read(["2026年", "重点企业"]) == nil)
    #expect(YearListPairs.read(["工业投资", "技改投资"]) == nil)
  }
}

import Testing

@testable import PlanImport

/// `由`/`从` before a figure starts a change only with a verb of change in its clause.
@Suite("Extraction: a change's start needs a verb of change")
struct ChangeStartYearsTests {
  @Test("由/从 and a figure, then a verb of change in the clause")
  func changes() {
    #expect(ChangeStartYears.startsFromChange("规上企业由186家增加到260家"))
    #expect(ChangeStartYears.startsFromChange("产值从120亿元提高至200亿元"))
    #expect(ChangeStartYears.startsFromChange("由2025年的9家增至20家"))
    #expect(ChangeStartYears.startsFromChange("由企业自主申报,规上企业由186家增加到260家"))
  }

  @Test("由 and a figure with no change after it starts none")
  func noChange() {
    #expect(!ChangeStartYears.startsFromChange("由3家龙头企业牵头组建产业联盟,新增配套企业40家"))
    #expect(!ChangeStartYears.startsFromChange("由2家以上企业联合申报,提高到"))
    #expect(!ChangeStartYears.startsFromChange("从3个方面发力,推动产值增加到200亿元"))
  }
}

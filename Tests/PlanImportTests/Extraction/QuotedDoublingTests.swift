import PlanModel
import Testing

@testable import PlanImport

@Suite("Extraction: a doubling word inside a quoted name states no goal")
struct QuotedDoublingTests {
  func doublings(_ sentence: String) -> [GoalCandidate] {
    SpecialGoalPatterns.goals(in: sentence[...], context: SentenceContext(year: 2028))
      .filter { $0.goal.unit == "倍" }
  }

  @Test("a campaign or slogan quoted with the word is a name")
  func names() {
    #expect(doublings("2027年是全县工业经济“三年倍增”行动的攻坚之年").isEmpty)
    #expect(doublings("以“产业倍增、园区升级”为主线").isEmpty)
    #expect(doublings("以“工业倍增”统揽县域经济发展全局").isEmpty)
  }

  @Test("a doubling stated outside quotes, or quoted alone, is a goal")
  func goals() {
    #expect(doublings("全县规上工业总产值实现倍增").count == 1)
    #expect(doublings("全县规上工业总产值实现“倍增”").count == 1)
    #expect(doublings("工业营业收入较2025年翻番").count == 1)
  }
}

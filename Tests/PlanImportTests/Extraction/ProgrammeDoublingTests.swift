import PlanModel
import Testing

@testable import PlanImport

/// A programme named after doubling (`实施…倍增计划`) states a doubling goal only when what it
/// doubles is one measured amount (`企业研发投入倍增计划`), not a size in general (`企业规模倍增计划`).
@Suite("Extraction: programmes named after doubling")
struct ProgrammeDoublingTests {
  func doublings(_ sentence: Substring) -> [GoalCandidate] {
    SpecialGoalPatterns.goals(in: sentence, context: SentenceContext())
      .filter { $0.goal.kind == .multiple }
  }

  @Test("a measured amount doubled is a goal")
  func amounts() {
    #expect(doublings("实施企业研发投入倍增计划,完善激励机制。").count == 1)
    #expect(doublings("实施工业税收倍增计划。").count == 1)
  }

  @Test("a size in general, a campaign, a fund: no goal")
  func names() {
    #expect(doublings("实施企业规模倍增计划。").isEmpty)
    #expect(doublings("实施产业规模倍增计划,推动企业梯次成长。").isEmpty)
    #expect(doublings("设立工业倍增专项资金。").isEmpty)
  }
}

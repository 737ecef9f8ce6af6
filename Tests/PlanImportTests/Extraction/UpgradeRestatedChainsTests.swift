import PlanModel
import Testing

@testable import PlanImport

/// A chain of entities beside the upgrades' slogan it restates — which one the plan counts.
@Suite("Extraction: a chain of entities restating the upgrades")
struct UpgradeRestatedChainsTests {
  let slogan = TextReading.Chain(
    steps: ["个转企", "小升规", "规改股", "股上市"], sentence: "", paragraph: 0, key: nil)
  let entities = TextReading.Chain(
    steps: ["个体工商户", "小微企业", "规上企业", "股份制企业", "上市企业"], sentence: "", paragraph: 1,
    key: nil)

  func count(_ metric: String, _ value: Double, _ qualifiers: [String]) -> GoalCandidate {
    var goal = Goal(kind: .count, direction: .up, unit: "家", target: Figure(value: value))
    goal.qualifiers = qualifiers
    return GoalCandidate(metric: metric, goal: goal, sourceText: metric)
  }

  @Test("the tiers counted and none of the upgrades: the counted chain stays")
  func countedChainStays() {
    let levels = [count("规上工业企业", 480, ["达到"]), count("上市企业", 12, ["达到"])]
    let kept = UpgradeRestatedChains.without([slogan, entities], counts: levels)
    #expect(kept.map(\.paragraph) == [0, 1])
  }

  @Test("the upgrades counted, or nothing counted: the chain restating them goes")
  func restatedChainGoes() {
    let flows = [count("新增规上工业企业", 90, []), count("规上工业企业", 480, ["达到"])]
    #expect(
      UpgradeRestatedChains.without([slogan, entities], counts: flows).map(\.paragraph) == [0])
    #expect(UpgradeRestatedChains.without([slogan, entities], counts: []).map(\.paragraph) == [0])
  }
}

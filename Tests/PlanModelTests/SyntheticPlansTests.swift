import Testing

@testable import PlanModel

/// Generated plans are valid, shaped like the real ones and deterministic per seed.
@Suite struct SyntheticPlansTests {
  @Test func shapeAndValidity() {
    let plans = (0..<20).map(SyntheticPlans(seed: 5).plan)
    #expect(PlanRules.check(plans).isEmpty)
    for plan in plans {
      #expect(plan.targets.count == 40)
      #expect(plan.clusters.count == 12)
      #expect(plan.ladders.count == 3)
      #expect(plan.indicators.count == 8)
      #expect(plan.measures.count == 60)
      let meanText = plan.measures.map(\.text.count).reduce(0, +) / plan.measures.count
      #expect((130...200).contains(meanText))
      #expect(
        plan.measures.allSatisfy { !$0.leadUnits.isEmpty && $0.due != nil && !$0.outputs.isEmpty })
    }
    #expect(Set(plans.map(\.region.id)).count == 20)
  }

  @Test func sameSeedSamePlans() {
    #expect(SyntheticPlans(seed: 9).plan(3) == SyntheticPlans(seed: 9).plan(3))
    #expect(SyntheticPlans(seed: 9).plan(3) != SyntheticPlans(seed: 10).plan(3))
  }
}

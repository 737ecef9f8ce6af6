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

  /// Outlines like the real ones: 5–8 chapters, those before the tasks without measures,
  /// 2–6 sections in each task chapter, numbered items in some, run-on numbering in some;
  /// every item under a heading of the outline (the rules check the numbering).
  @Test func outlinesShapedLikeTheRealOnes() {
    let plans = (0..<40).map(SyntheticPlans(seed: 5).plan)
    #expect(PlanRules.check(plans).isEmpty)
    var itemsSeen = false
    var runOnSeen = false
    for plan in plans {
      let outline = PlanOutline(plan)
      #expect((5...8).contains(outline.roots.count))
      #expect(outline.unplaced.isEmpty)
      let measured = outline.roots.filter { !outline.items(.measures, under: $0).isEmpty }
      #expect(measured.count >= 3 && measured.count < outline.roots.count)
      #expect(outline.headings[outline.roots.last!].title == "保障措施")
      for chapter in measured.dropLast() {
        #expect((2...6).contains(outline.children[chapter].count))
      }
      itemsSeen = itemsSeen || plan.outline.contains { $0.level == 3 }
      // A chapter whose first section runs on from the chapter before.
      let firstSections = outline.roots.compactMap { outline.children[$0].first }
      runOnSeen = runOnSeen || firstSections.contains { outline.headings[$0].number != "(一)" }
      #expect(plan.measures.allSatisfy { $0.section == $0.source.heading })
      #expect(plan.targets.allSatisfy { outline.heading($0.source.heading ?? "")?.title == "发展目标" })
    }
    #expect(itemsSeen && runOnSeen)
  }

  @Test func sameSeedSamePlans() {
    #expect(SyntheticPlans(seed: 9).plan(3) == SyntheticPlans(seed: 9).plan(3))
    #expect(SyntheticPlans(seed: 9).plan(3) != SyntheticPlans(seed: 10).plan(3))
  }
}

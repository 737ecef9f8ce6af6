import Testing

@testable import PlanModel

/// Each heading's measures done of total and overdue, counting its whole subtree.
@Suite struct OutlineRollupTests {
  typealias F = ModelFixtures

  func measure(_ id: String, under heading: String?, due: Int) -> Measure {
    var measure = F.measure(id, due: due)
    measure.source.heading = heading
    return measure
  }

  @Test func countsRollUpToEveryAncestor() {
    var plan = F.plan(measures: [
      measure("hc.measure.pre", under: nil, due: 2024),
      measure("hc.measure.a", under: "二(一)1", due: 2024),
      measure("hc.measure.b", under: "二(一)", due: 2027),
      measure("hc.measure.c", under: "二(二)", due: 2025),
      measure("hc.measure.d", under: "三", due: 2024),
      measure("hc.measure.lost", under: "九", due: 2027),
    ])
    plan.outline = [
      OutlineHeading(key: "一", number: "一、", title: "发展基础", level: 1),
      OutlineHeading(key: "二", number: "二、", title: "重点任务", level: 1),
      OutlineHeading(key: "二(一)", number: "(一)", title: "集群", level: 2, parent: "二"),
      OutlineHeading(key: "二(一)1", number: "1.", title: "汽车", level: 3, parent: "二(一)"),
      OutlineHeading(key: "二(二)", number: "(二)", title: "企业", level: 2, parent: "二"),
      OutlineHeading(key: "三", number: "三、", title: "保障", level: 1),
    ]
    let done: Set<String> = ["hc.measure.a", "hc.measure.d"]
    let rollup = OutlineRollup(plan, outline: PlanOutline(plan), asOf: 2026) {
      done.contains($0) ? .done : .todo
    }
    typealias C = OutlineRollup.Counts
    #expect(
      rollup.byHeading == [
        C(), C(done: 1, total: 3, overdue: 1), C(done: 1, total: 2), C(done: 1, total: 1),
        C(total: 1, overdue: 1), C(done: 1, total: 1),
      ])
    #expect(rollup.unplaced == C(total: 2, overdue: 1))
  }
}

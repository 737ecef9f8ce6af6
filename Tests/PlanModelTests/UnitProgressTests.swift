import Testing

@testable import PlanModel

/// Measures by 牵头/责任单位 and the late ones, worked by hand (horizon 2023–2027, as of 2026).
@Suite struct UnitProgressTests {
  static func measure(
    _ id: String, lead: [String], responsible: [String] = [], due: Int? = nil
  ) -> Measure {
    var m = ModelFixtures.measure(id, due: due)
    m.leadUnits = lead
    m.responsibleUnits = responsible
    return m
  }

  let plan = ModelFixtures.plan(measures: [
    // due 2025, todo: overdue as of 2026
    measure("hc.measure.m1", lead: ["经信局"], responsible: ["发改委", "经信局"], due: 2025),
    // runs to 2027, todo: elapsed (2026 − 2023) / 4 = 0.75, done 0 → behind
    measure("hc.measure.m2", lead: ["发改委"]),
    // done: never late
    measure("hc.measure.m3", lead: ["经信局"], due: 2027),
    // in progress (½) at 0.75 elapsed: trails by 25 points → behind
    measure("hc.measure.m4", lead: [], responsible: ["财政局"], due: 2027),
  ])
  let snapshot = ProgressSnapshot(measures: [
    "hc.measure.m3": MeasureProgress(status: .done),
    "hc.measure.m4": MeasureProgress(status: .inProgress),
  ])

  @Test func everyUnitByNameWithCountsAndLateMeasuresOverdueFirst() {
    let units = UnitProgress.units(of: [plan], snapshot: snapshot, asOf: 2026)
    #expect(units.map(\.unit) == ["发改委", "经信局", "财政局"])

    let reform = units[0]
    #expect(reform.counts == [.todo: 2])
    #expect(reform.late.map(\.measure.id) == ["hc.measure.m1", "hc.measure.m2"])
    #expect(reform.late.map(\.role) == [.responsible, .lead])
    #expect(reform.overdueCount == 1 && reform.behindCount == 1)

    // Lead and responsible for m1 at once: counted once, as its lead.
    let industry = units[1]
    #expect(industry.counts == [.todo: 1, .done: 1])
    #expect(industry.late.map(\.measure.id) == ["hc.measure.m1"])
    #expect(industry.late.map(\.role) == [.lead])
    #expect(industry.overdueCount == 1 && industry.behindCount == 0)

    let finance = units[2]
    #expect(finance.counts == [.inProgress: 1])
    #expect(finance.late.map(\.status) == [.inProgress])
    #expect(finance.overdueCount == 0 && finance.behindCount == 1)
    #expect(finance.late.first?.regionID == "hc")
  }

  @Test func aFilterKeepsOnlyUnitsWhoseNameContainsIt() {
    let units = UnitProgress.units(of: [plan], snapshot: snapshot, asOf: 2026, matching: "经信")
    #expect(units.map(\.unit) == ["经信局"])
    #expect(
      UnitProgress.units(of: [plan], snapshot: snapshot, asOf: 2026, matching: "无此单位").isEmpty)
  }

  @Test func nothingIsLateBeforeTheWorkFallsBehind() {
    // As of 2023 no time has elapsed: nothing trails, nothing is overdue.
    let units = UnitProgress.units(of: [plan], snapshot: snapshot, asOf: 2023)
    #expect(units.allSatisfy { $0.late.isEmpty })
  }
}

import PlanModel
import Testing

@testable import Dashboard

/// A cluster's scale as a tracked goal on screen: the first line of its page's Targets,
/// with baseline, latest actual, target, badge, bar and a sparkline of its actuals; `a`
/// records it; the Clusters pane's status reads it.
@Suite struct ClusterScaleTests {
  static let id = "hechuan.cluster.auto-parts"

  /// auto-parts (力争500亿元 by 2027): 310 (2023), 355 (2024), 400 (2025).
  static var snapshot: ProgressSnapshot {
    var snapshot = ProgressSnapshot()
    snapshot.actuals[id] = [(2023, 310.0), (2024, 355.0), (2025, 400.0)].map {
      Actual(itemID: id, year: $0.0, value: $0.1)
    }
    return snapshot
  }

  static func engine(_ snapshot: ProgressSnapshot = snapshot, language: Language = .en)
    -> (DashboardEngine, InMemoryProgressBackend)
  {
    Fixtures.engine(
      snapshot: snapshot, options: DashboardOptions(language: language, currentYear: 2025),
      width: 120, height: 40)
  }

  @Test func theScaleIsTheFirstTargetOfTheClusterPage() throws {
    let (engine, _) = Self.engine()
    let screen = Fixtures.type(engine, "j 2 Enter")
    let targets = try #require(screen.firstIndex { $0.contains("│  Targets") })
    // the header line, then the scale line, selected, before the revenue target
    let scale = screen[targets + 2]
    #expect(scale.contains("▸ Output scale 亿元"), "\(scale)")
    #expect(scale.contains("—"), "no plan baseline")
    #expect(scale.contains("500 (2027)") && scale.contains("400 (2025)"))
    // 310 → 400 of 500 by 2027: observed 13.6%/yr vs required 12.7%/yr, R 107% → on track
    #expect(scale.contains("+ on track"))
    // bar: no baseline → 0 … 500; 400/500 = 80% of 12 cells = 9.6 → 10 filled
    #expect(scale.contains(" ██████████░░ "), "\(scale)")
    #expect(screen[targets + 3].contains("Output scale: 力争 500亿元 (2027) · actuals 2023–2025"))
    #expect(screen[targets + 3].contains("▁▄█"), "\(screen[targets + 3])")
    #expect(screen[targets + 4].contains("规模以上工业企业营业收入"))
  }

  @Test func theTrendLineKeepsItsYearsInCJKWideMode() throws {
    let (engine, _) = Fixtures.engine(
      snapshot: Self.snapshot,
      options: DashboardOptions(language: .en, cjkWide: true, currentYear: 2025), width: 100,
      height: 40)
    let screen = Fixtures.type(engine, "j 2 Enter")
    // · becomes ・ (two columns) and – becomes -; the sparkline is ASCII: 310 . 355 = 400 #
    let line = try #require(screen.first { $0.contains("Output scale: ") })
    #expect(line.contains("・ actuals 2023-2025 ") && line.contains(".=#"), "\(line)")
  }

  @Test func oneActualGivesNoSparkline() throws {
    var snapshot = ProgressSnapshot()
    snapshot.actuals[Self.id] = [Actual(itemID: Self.id, year: 2025, value: 400)]
    let (engine, _) = Self.engine(snapshot)
    let screen = Fixtures.type(engine, "j 2 Enter")
    let line = try #require(screen.first { $0.contains("Output scale: ") })
    #expect(!line.contains("actuals"))
    // one figure and no baseline: not assessable
    #expect(screen.contains { $0.contains("Output scale 亿元") && $0.contains("? not assessable") })
  }

  @Test func aClusterWithoutAScaleListsOnlyItsTargets() {
    let (engine, _) = Self.engine()
    // 生物医药 (biomed): the third cluster row, no scale
    let screen = Fixtures.type(engine, "j 2 j j Enter")
    #expect(engine.state.stack.last?.route == .cluster("hechuan.cluster.biomed"))
    #expect(!screen.contains { $0.contains("Output scale") })
  }

  @Test func aOnTheClusterPageRecordsTheScale() throws {
    let (engine, backend) = Self.engine()
    Fixtures.type(engine, "j 2 Enter a")
    let form = try Fixtures.actualForm(engine)
    #expect(form.itemID == Self.id)
    // the year after the latest (2025), capped at the current year 2025
    #expect(form.year.text == "2025")
    let screen = Fixtures.type(engine, "BTab BSpace BSpace BSpace BSpace 2026 Tab 460 Enter")
    #expect(try backend.snapshot().latestActual(of: Self.id)?.value == 460)
    #expect(screen.contains { $0.contains("Output scale 亿元") && $0.contains("460 (2026)") })
  }

  @Test func aOnAMeasureLineOfTheClusterPageIsNotARecording() throws {
    let (engine, _) = Self.engine()
    // scale line, revenue target, sub-cluster, then the measure
    Fixtures.type(engine, "j 2 Enter j j j a")
    #expect(engine.state.mode == .normal)
  }

  @Test func aInTheClustersPaneRecordsTheSelectedCluster() throws {
    let (engine, _) = Self.engine()
    Fixtures.type(engine, "j 2 a")
    let form = try Fixtures.actualForm(engine)
    #expect(form.itemID == Self.id)
  }

  @Test func theClustersPaneStatusReadsTheScale() throws {
    // without a figure for the revenue target, the scale alone decides: on track "+"
    let (engine, _) = Self.engine()
    let screen = Fixtures.type(engine, "j 2")
    let row = try #require(screen.first { $0.contains("▸智能网联") && $0.contains("0/") })
    #expect(row.contains(" + │"), "\(row)")
    // and with no actual at all the column reads "?"
    let (bare, _) = Self.engine(ProgressSnapshot())
    let bareRow = try #require(
      Fixtures.type(bare, "j 2").first { $0.contains("▸智能网联") && $0.contains("0/") })
    #expect(bareRow.contains(" ? │"), "\(bareRow)")
  }

  @Test func theTargetsViewListsTheClusterAndOpensItsPage() throws {
    let (engine, _) = Self.engine()
    let screen = Fixtures.type(engine, "j T")
    #expect(screen.contains { $0.contains("+ on track") && $0.contains("智能网联新能源汽车零部件 亿元") })
    // the items are worst first; find the cluster's line and open it
    let lines = DetailPage.build(
      .regionTargets("hechuan"), context: ViewContext(state: engine.state, data: engine.data),
      width: 118)
    let index = try #require(lines.selectable.firstIndex { lines.rows[$0].itemID == Self.id })
    #expect(lines.rows[lines.selectable[index]].route == .cluster(Self.id))
  }
}

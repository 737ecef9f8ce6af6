import PlanFiles
import PlanModel
import PlandashTestSupport
import Testing

@testable import Dashboard

/// The dashboard on the shipped seed plans (SampleData/), loaded by the real loader.
@Suite struct SampleDataTests {
  static let catalog: Catalog = {
    let result = PlanLoader.load(paths: [PackagePaths.sampleData])
    return Catalog(plans: result.plans)
  }()

  @Test func loadsEveryRegionAndShowsIt() {
    #expect(Self.catalog.plans.count >= 5)
    let (engine, _) = Fixtures.engine(catalog: Self.catalog, width: 160, height: 48)
    let screen = Fixtures.screen(engine)
    for plan in Self.catalog.plans {
      #expect(screen.contains { $0.contains(plan.region.name) }, "\(plan.region.name)")
    }
    BufferChecks.expectWellFormed(Fixtures.buffer(engine))
  }

  @Test(arguments: [(80, 24), (160, 48)])
  func everyRegionEveryPaneEveryDetailDrawsWellFormed(size: (Int, Int)) {
    for cjkWide in [false, true] {
      let (engine, _) = Fixtures.engine(
        catalog: Self.catalog, options: DashboardOptions(language: .zh, cjkWide: cjkWide),
        width: size.0,
        height: size.1)
      for (index, plan) in Self.catalog.plans.enumerated() {
        Fixtures.type(engine, "1 g" + String(repeating: " j", count: index))
        #expect(engine.state.regionID == plan.region.id)
        for pane in 1...5 {
          let counts = [0, 1, 2, 1000]
          for downs in counts {
            let screen = Fixtures.type(
              engine,
              "\(pane) g" + (downs == 1000 ? " G" : String(repeating: " j", count: downs))
                + " Enter")
            if cjkWide {
              for row in screen {
                #expect(
                  !AmbiguousWidth.containsAmbiguous(row), "\(plan.region.id) pane \(pane): \(row)")
              }
            }
            BufferChecks.expectWellFormed(Fixtures.buffer(engine))
            Fixtures.type(engine, "Escape")
          }
        }
      }
    }
  }

  @Test func bazhongBiomedBreadcrumbAndHechuanClusters() throws {
    let (engine, _) = Fixtures.engine(catalog: Self.catalog, width: 160, height: 48)
    Fixtures.type(engine, ":")
    engine.handle(.key(.text("region 巴中市")))
    Fixtures.type(engine, "Enter 2")
    let ids = PaneRows.ids(.clusters, engine.state, engine.data)
    let biomed = try #require(
      ids.firstIndex { engine.data.catalog.cluster($0)?.name.contains("生物医药") == true })
    let screen = Fixtures.type(engine, "g" + String(repeating: " j", count: biomed) + " Enter")
    let name = engine.data.catalog.cluster(ids[biomed])!.name
    #expect(screen[1].contains("巴中市 › 集群 › " + name))
    Fixtures.type(engine, ":")
    engine.handle(.key(.text("region hechuan")))
    let clusters = Fixtures.type(engine, "Enter 2")
    #expect(clusters.contains { $0.contains("主导") })
    // The 新星 clusters come last: the pane scrolls to them.
    let last = Fixtures.type(engine, "G")
    #expect(last.contains { $0.contains("新星") })
  }

  @Test func allMeasuresWithAAndAFilter() {
    let (engine, _) = Fixtures.engine(catalog: Self.catalog, width: 160, height: 48)
    Fixtures.type(engine, "5 A")
    let total = Self.catalog.plans.map(\.measures.count).reduce(0, +)
    #expect(PaneRows.ids(.measures, engine.state, engine.data).count == total)
    Fixtures.type(engine, "/")
    engine.handle(.key(.text("区经济信息委")))
    let filtered = PaneRows.ids(.measures, engine.state, engine.data)
    #expect(!filtered.isEmpty && filtered.count < total)
    for id in filtered {
      let m = engine.data.catalog.measure(id)!
      #expect(
        (m.leadUnits + m.responsibleUnits + [m.title, m.section ?? "", id]).contains {
          $0.contains("区经济信息委")
        })
    }
  }
}

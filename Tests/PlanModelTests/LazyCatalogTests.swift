import Synchronization
import Testing

@testable import PlanModel

/// A catalog made from a `PlanShelf` decodes a plan only when a question needs it, and
/// answers every question as the same plans loaded whole do.
@Suite struct LazyCatalogTests {
  /// Plans held in memory, counting how many times each is decoded.
  final class CountingShelf: PlanShelf {
    let held: [Plan]
    let decoded = Mutex<[Int]>([])
    init(_ plans: [Plan]) { held = plans }

    var planCount: Int { held.count }
    func regionID(ofPlan number: Int) -> String { held[number].region.id }
    func region(ofPlan number: Int) -> Region? { held[number].region }
    func planNumber(holding id: String) -> Int? {
      held.indices.first { Catalog(plans: [held[$0]]).contains(id) }
    }
    func plan(_ number: Int) -> Plan? {
      decoded.withLock { $0.append(number) }
      return held[number]
    }
    func plans(_ numbers: [Int]) -> [Plan?] { numbers.map(plan) }
    var decodes: [Int] { decoded.withLock { $0 } }
  }

  let plans = (0..<6).map(SyntheticPlans(seed: 7).plan)

  @Test func nothingIsDecodedUntilAskedAndEachPlanOnce() throws {
    let shelf = CountingShelf(plans)
    let lazy = Catalog(shelf: shelf)
    #expect(lazy.planCount == 6)
    #expect(lazy.regionIDs == plans.map(\.region.id))
    #expect(lazy.region(ofPlan: 4) == plans[4].region)
    #expect(lazy.planIndex(forRegion: plans[3].region.id) == 3)
    #expect(shelf.decodes == [])
    #expect(lazy.decodedPlanCount == 0)
    let measure = plans[2].measures[5]
    #expect(lazy.measure(measure.id) == measure)
    #expect(lazy.regionID(of: measure.id) == plans[2].region.id)
    #expect(lazy.plan(forRegion: plans[2].region.id) == plans[2])
    #expect(shelf.decodes == [2])
    #expect(lazy.measure("no.such.id") == nil)
    #expect(lazy.measure("no.such.id") == nil)
    #expect(shelf.decodes == [2], "an unknown id decodes nothing")
    #expect(lazy.decodedPlanCount == 1)
  }

  @Test func everyQueryAnswersAsTheWholeCatalog() throws {
    let whole = Catalog(plans: plans)
    let lazy = Catalog(shelf: CountingShelf(plans))
    for plan in plans {
      let target = plan.targets[0].id
      let cluster = plan.clusters[0].id
      let tier = plan.ladders[0].tiers[0].id
      #expect(lazy.target(target) == whole.target(target))
      #expect(lazy.goal(target) == whole.goal(target))
      #expect(lazy.cluster(cluster) == whole.cluster(cluster))
      #expect(lazy.measures(ofCluster: cluster) == whole.measures(ofCluster: cluster))
      #expect(lazy.targets(ofCluster: cluster) == whole.targets(ofCluster: cluster))
      #expect(lazy.children(ofCluster: cluster) == whole.children(ofCluster: cluster))
      #expect(lazy.tier(tier) == whole.tier(tier))
      #expect(lazy.address(of: tier) == whole.address(of: tier))
      #expect(lazy.title(of: tier) == whole.title(of: tier))
      #expect(lazy.indicator(plan.indicators[0].id) == whole.indicator(plan.indicators[0].id))
    }
    #expect(lazy.plans == whole.plans)
    #expect(Set(lazy.allIDs) == Set(whole.allIDs))
    #expect(lazy.closestIDs(to: "gen00002.measur") == whole.closestIDs(to: "gen00002.measur"))
    #expect(lazy.duplicates.isEmpty && whole.duplicates.isEmpty)
  }

  @Test func loadingWholeDecodesTheRestTogether() {
    let shelf = CountingShelf(plans)
    let lazy = Catalog(shelf: shelf)
    _ = lazy.plan(at: 1)
    lazy.loadWhole()
    #expect(shelf.decodes.sorted() == [0, 1, 2, 3, 4, 5])
    #expect(lazy.decodedPlanCount == 6)
    #expect(lazy.plans == plans)
    #expect(lazy.measure(plans[5].measures[0].id) == plans[5].measures[0])
    #expect(shelf.decodes.count == 6, "nothing is decoded twice")
  }
}

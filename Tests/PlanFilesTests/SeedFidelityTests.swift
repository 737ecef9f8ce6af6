import Foundation
import PlanModel
import PlandashTestSupport
import Testing

@testable import PlanFiles

/// Every source in SampleData is a verbatim substring of its seed document in
/// `../shared/seeds/` (skipped, with a notice, where that folder is absent).
@Suite struct SeedFidelityTests {
  static let seedsPresent = FileManager.default.fileExists(atPath: PackagePaths.seeds)

  /// Every sourced sentence of a plan, with the id it belongs to.
  static func sources(of plan: Plan) -> [(id: String, text: String)] {
    var found: [(String, String)] = []
    for item in plan.targets { found.append((item.id, item.source.text ?? "")) }
    for item in plan.clusters { found.append((item.id, item.source.text ?? "")) }
    for item in plan.indicators { found.append((item.id, item.source.text ?? "")) }
    for item in plan.baselineIndicators { found.append((item.id, item.source.text ?? "")) }
    for ladder in plan.ladders {
      found.append((ladder.id, ladder.source.text ?? ""))
      for tier in ladder.tiers { found.append((tier.id, tier.source.text ?? "")) }
    }
    for measure in plan.measures {
      found.append((measure.id, measure.text))
      found.append((measure.id, measure.sourceText))
    }
    for stage in plan.document.stages {
      if let text = stage.source?.text { found.append(("stage \(stage.year)", text)) }
    }
    return found
  }

  @Test(
    .enabled(
      if: seedsPresent,
      "skipped: ../shared/seeds is absent, so sources cannot be checked against the seed texts"))
  func everySourceIsVerbatim() throws {
    let loaded = PlanLoader.load(paths: [PackagePaths.sampleData])
    #expect(loaded.problems.isEmpty, "\(loaded.problems)")
    #expect(loaded.plans.count == 5)
    var checked = 0
    for plan in loaded.plans {
      let name = try #require(plan.document.sourceDocument, "\(plan.region.id) names no seed")
      let seed = try String(contentsOfFile: PackagePaths.seeds + "/" + name, encoding: .utf8)
      for (id, text) in Self.sources(of: plan) {
        #expect(!text.isEmpty, "\(id) has no source sentence")
        #expect(seed.contains(text), "\(id): source is not verbatim in \(name): \(text.prefix(60))")
        checked += 1
      }
    }
    #expect(checked > 300)
  }

  @Test func everyItemHasASource() {
    let loaded = PlanLoader.load(paths: [PackagePaths.sampleData])
    for plan in loaded.plans {
      for (id, text) in Self.sources(of: plan) {
        #expect(!text.isEmpty, "\(id) has no source sentence")
      }
    }
  }
}

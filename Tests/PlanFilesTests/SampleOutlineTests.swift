import Foundation
import PlanModel
import PlandashTestSupport
import Testing

@testable import PlanFiles

/// The outline of every sample plan: every heading of its seed text, as printed and in order,
/// and every item placed under the heading it is written under.
@Suite struct SampleOutlineTests {
  static let plans: [String: Plan] = {
    let loaded = PlanLoader.load(paths: [PackagePaths.sampleData])
    return Dictionary(uniqueKeysWithValues: loaded.plans.map { ($0.region.id, $0) })
  }()

  /// Items written before the first heading (南充's unnumbered goals paragraph): no heading.
  static let preamble: Set<String> = [
    "nanchong.target.enterprise-rd-spending-growth",
    "nanchong.target.technology-contract-turnover-growth",
    "nanchong.target.high-tech-enterprises-growth",
    "nanchong.target.total-factor-productivity",
    "nanchong.target.strategic-emerging-industry-scale",
    "nanchong.target.high-tech-industry-scale",
  ]

  /// Every sourced item of a plan (stages too), with its source.
  static func placements(of plan: Plan) -> [(id: String, source: SourceRef)] {
    var found: [(String, SourceRef)] = []
    for item in plan.targets { found.append((item.id, item.source)) }
    for item in plan.clusters { found.append((item.id, item.source)) }
    for item in plan.indicators { found.append((item.id, item.source)) }
    for ladder in plan.ladders {
      found.append((ladder.id, ladder.source))
      for tier in ladder.tiers { found.append((tier.id, tier.source)) }
    }
    for measure in plan.measures { found.append((measure.id, measure.source)) }
    for item in plan.baselineIndicators { found.append((item.id, item.source)) }
    for (index, stage) in plan.document.stages.enumerated() {
      if let source = stage.source { found.append(("\(plan.region.id) stage \(index)", source)) }
    }
    return found
  }

  @Test(arguments: [
    ("bazhong", 21, 0), ("tongcheng", 41, 0), ("hechuan", 23, 0), ("nanchong", 18, 5),
    ("chengdu", 92, 0),
  ])
  func headingCounts(region: String, headings: Int, notInText: Int) throws {
    let plan = try #require(Self.plans[region])
    #expect(plan.outline.count == headings)
    #expect(plan.outline.filter { !$0.inText }.count == notInText)
    #expect(Set(plan.outline.map(\.key)).count == headings, "keys are unique")
  }

  @Test func chaptersSectionsAndItemsPerRegion() throws {
    func levels(_ region: String) throws -> [Int] {
      let plan = try #require(Self.plans[region])
      return (1...3).map { level in plan.outline.filter { $0.level == level }.count }
    }
    #expect(try levels("bazhong") == [5, 16, 0])
    #expect(try levels("tongcheng") == [3, 15, 23])
    #expect(try levels("hechuan") == [5, 18, 0])
    #expect(try levels("nanchong") == [5, 13, 0])
    #expect(try levels("chengdu") == [8, 33, 51])
  }

  /// 南充's parts are named as the seeds README names them; the text prints no part headings.
  @Test func nanchongPartsAreTheReadmesAndNotInTheText() throws {
    let plan = try #require(Self.plans["nanchong"])
    let parts = plan.outline.filter { $0.parent == nil }
    #expect(parts.map(\.title) == ["产业", "科技创新", "绿色", "改革开放", "组织领导"])
    #expect(parts.allSatisfy { !$0.inText && $0.number.isEmpty })
    #expect(plan.outline.filter { $0.parent != nil }.allSatisfy { $0.inText })
  }

  @Test(
    .enabled(
      if: SeedFidelityTests.seedsPresent,
      "skipped: ../shared/seeds is absent, so headings cannot be checked against the seed texts"))
  func everyHeadingIsPrintedInTheSeedInOrder() throws {
    #expect(Self.plans.count == 5)
    for plan in Self.plans.values {
      let name = try #require(plan.document.sourceDocument)
      let seed = try String(contentsOfFile: PackagePaths.seeds + "/" + name, encoding: .utf8)
      var from = seed.startIndex
      for heading in plan.outline where heading.inText {
        let printed = heading.number + heading.title
        let found = seed.range(of: printed, range: from..<seed.endIndex)
        #expect(
          found != nil, "\(plan.region.id) \(heading.key): \(printed) not found after the last")
        if let found { from = found.upperBound }
      }
    }
  }

  @Test func everyItemNamesAHeadingOfItsPlan() {
    var placed = 0
    for plan in Self.plans.values {
      let keys = Set(plan.outline.map(\.key))
      for (id, source) in Self.placements(of: plan) {
        let heading = source.heading
        if Self.preamble.contains(id) {
          #expect(heading == nil, "\(id) stands before the first heading")
          continue
        }
        guard let heading else {
          Issue.record("\(id) names no heading")
          continue
        }
        #expect(keys.contains(heading), "\(id): no heading \(heading)")
        placed += 1
      }
    }
    #expect(
      placed == 482 + 45 + 7 - Self.preamble.count,
      "482 items, 45 baseline indicators and 7 stages, less the preamble")
  }

  /// The heading agrees with the section number as printed: the section is the heading's own
  /// number (`(四)`, `5.`, `二`), or its key where the file writes the whole path (`三(三)`).
  @Test func headingsAgreeWithSections() {
    for plan in Self.plans.values {
      let byKey = Dictionary(uniqueKeysWithValues: plan.outline.map { ($0.key, $0) })
      for (id, source) in Self.placements(of: plan) {
        guard let key = source.heading, let section = source.section, let heading = byKey[key]
        else { continue }
        let printed = heading.number.trimmingCharacters(in: CharacterSet(charactersIn: "、"))
        #expect(
          section == key || section == printed || section == heading.number,
          "\(id): section \(section) under heading \(key)")
      }
    }
  }
}

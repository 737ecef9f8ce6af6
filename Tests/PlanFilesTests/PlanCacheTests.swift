import Foundation
import PlanModel
import PlandashTestSupport
import Testing

@testable import PlanFiles

/// The load cache gives back exactly what parsing gives, and only for unchanged content.
@Suite struct PlanCacheTests {
  @Test func cachedLoadEqualsParsedLoad() throws {
    let folder = TemporaryFolder()
    let cachePath = folder.path + "/cache/plans.cache"
    let parsed = PlanLoader.load(paths: [PackagePaths.sampleData])
    let first = PlanLoader.load(paths: [PackagePaths.sampleData], cache: PlanCache(path: cachePath))
    #expect(FileManager.default.fileExists(atPath: cachePath))
    let cache = PlanCache(path: cachePath)
    #expect(cache.count == 5)
    let second = PlanLoader.load(paths: [PackagePaths.sampleData], cache: cache)
    #expect(first.plans == parsed.plans)
    #expect(second.plans == parsed.plans)
    // The first load streamed each parsed plan into the new cache and kept its texts there.
    #expect(first.plans.first?.measures.first?.longText.isDeferred == true)
    #expect(second.problems.isEmpty)
    // Measure texts of cached plans stay on disk until asked for, and read back whole.
    let measure = try #require(second.plans.first?.measures.first)
    #expect(measure.longText.isDeferred)
    #expect(measure.text == parsed.plans.first?.measures.first?.text)
  }

  @Test func changedContentIsParsedAgain() throws {
    let folder = TemporaryFolder()
    let plans = TemporaryFolder()
    let cachePath = folder.path + "/plans.cache"
    let file = plans.write("a.yaml", SyntheticYAML.one(seed: 3))
    _ = PlanLoader.load(paths: [plans.path], cache: PlanCache(path: cachePath))
    let edited = try String(contentsOfFile: file, encoding: .utf8)
      .replacingOccurrences(of: "format: 1", with: "format: 1\n# edited")
      .replacingOccurrences(of: "name: 目标年", with: "name: 终期")
    plans.write("a.yaml", edited)
    let reloaded = PlanLoader.load(paths: [plans.path], cache: PlanCache(path: cachePath))
    #expect(reloaded.plans.first?.document.stages.first?.name == "终期")
  }

  @Test func aPlanWithProblemsIsReportedOnEveryLoad() throws {
    let folder = TemporaryFolder()
    let plans = TemporaryFolder()
    let cachePath = folder.path + "/plans.cache"
    plans.write("a.yaml", SmallPlan.replacing(line: 14, with: "    unit: 亿美元"))
    for _ in 0..<2 {
      let result = PlanLoader.load(paths: [plans.path], cache: PlanCache(path: cachePath))
      #expect(result.problems.map(\.line) == [14])
    }
    #expect(PlanCache(path: cachePath).count == 0)
  }

  @Test func aDamagedCacheIsIgnored() throws {
    let folder = TemporaryFolder()
    let cachePath = folder.write("plans.cache", bytes: PlanCache.magic + [9, 9, 9])
    let result = PlanLoader.load(
      paths: [PackagePaths.sampleData], cache: PlanCache(path: cachePath))
    #expect(result.plans.count == 5)
    #expect(result.problems.isEmpty)
    #expect(PlanCache(path: cachePath).count == 5)
  }

  @Test func theCacheVersionFollowsTheSchema() {
    var changed = SchemaLayout.all
    changed[1] = changed[1].replacingOccurrences(of: "province str?", with: "province int?")
    #expect(SchemaLayout.checksum(of: changed) != SchemaLayout.checksum())
    #expect(SchemaLayout.checksum(of: SchemaLayout.all) == SchemaLayout.checksum())
    #expect(PlanCache.header(schema: SchemaLayout.versionBytes(of: changed)) != PlanCache.magic)
    let schemaBytes = SchemaLayout.versionBytes()
    #expect(PlanCache.magic.indices.contains { PlanCache.magic[$0...].starts(with: schemaBytes) })
  }

  @Test func aCacheOfAnotherSchemaIsIgnoredAndRebuilt() throws {
    let folder = TemporaryFolder()
    let cachePath = folder.path + "/plans.cache"
    _ = PlanLoader.load(paths: [PackagePaths.sampleData], cache: PlanCache(path: cachePath))
    let current = try #require(FileManager.default.contents(atPath: cachePath))
    #expect(PlanCache(path: cachePath).count == 5)
    // The same cache as an older layout would have written it: only its header differs.
    var changed = SchemaLayout.all
    changed[0] += " (older)"
    let oldHeader = PlanCache.header(schema: SchemaLayout.versionBytes(of: changed))
    folder.write(
      "plans.cache", bytes: oldHeader + [UInt8](current.dropFirst(PlanCache.magic.count)))
    #expect(PlanCache(path: cachePath).count == 0)
    // A cache of the hand-numbered format before the checksum is ignored too.
    let legacy = Array("PLANDASH-CACHE".utf8) + [0, 3]
    let body = [UInt8](current.dropFirst(PlanCache.magic.count))
    #expect(PlanCache(path: folder.write("legacy.cache", bytes: legacy + body)).count == 0)
    let result = PlanLoader.load(
      paths: [PackagePaths.sampleData], cache: PlanCache(path: cachePath))
    #expect(result.plans.count == 5)
    #expect(result.problems.isEmpty)
    let rebuilt = try #require(FileManager.default.contents(atPath: cachePath))
    #expect([UInt8](rebuilt.prefix(PlanCache.magic.count)) == PlanCache.magic)
    #expect(PlanCache(path: cachePath).count == 5)
  }

  @Test func binaryCodecRoundTripsSyntheticPlans() throws {
    let generator = SyntheticPlans(seed: 11)
    for index in 0..<5 {
      let plan = generator.plan(index)
      var reader = BinaryReader(PlanSchema.encode(plan))
      #expect(try PlanSchema.decode(&reader) == plan)
      #expect(reader.isAtEnd)
    }
  }
}

/// A generated plan file's text.
enum SyntheticYAML {
  static func one(seed: UInt64) -> String {
    (try? PlanYAMLWriter.yaml(for: SyntheticPlans(seed: seed).plan(0))) ?? ""
  }
}

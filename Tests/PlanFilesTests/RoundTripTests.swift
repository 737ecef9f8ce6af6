import Foundation
import PlanModel
import PlandashTestSupport
import Testing

@testable import PlanFiles

/// Plans written back as YAML load again to exactly the same model.
@Suite struct RoundTripTests {
  @Test func sampleDataSurvivesYAMLExport() throws {
    let original = PlanLoader.load(paths: [PackagePaths.sampleData])
    #expect(original.problems.isEmpty, "\(original.problems)")
    #expect(original.plans.count == 5)
    let folder = TemporaryFolder()
    for plan in original.plans {
      folder.write(plan.region.id + ".yaml", try PlanYAMLWriter.yaml(for: plan))
    }
    let reloaded = PlanLoader.load(paths: [folder.path])
    #expect(reloaded.problems.isEmpty, "\(reloaded.problems)")
    let byRegion = Dictionary(uniqueKeysWithValues: reloaded.plans.map { ($0.region.id, $0) })
    for plan in original.plans {
      let again = try #require(byRegion[plan.region.id])
      #expect(again == plan, "plan \(plan.region.id) changed in the round trip")
    }
  }

  @Test func awkwardStringsSurvive() throws {
    let plan = Plan(
      region: Region(id: "x", name: "null", level: .county, parent: "yes"),
      document: PlanDocument(
        title: "- 2023: 行动方案 #1", titleInText: false, docNumber: "'quoted'",
        issued: PlanDate(year: 2023),
        horizon: Horizon(start: 2023, end: 2027), notes: ["13.", "true", "a: b", "“引号” \"ascii\""]),
      targets: [
        Target(
          id: "x.target.a", metric: "@metric",
          goal: Goal(
            kind: .rank, direction: .down, unit: "位",
            target: Figure(value: 10.5, year: 2027, qualifiers: ["稳定在"])),
          source: SourceRef(section: "1.", text: "*star* & [bracket] {brace}"))
      ],
      measures: [
        Measure(
          id: "x.measure.a", section: nil, position: "三 ¶2", title: "~", text: "line\twith tab",
          outputs: [
            MeasureOutput(metric: "场景", figure: Figure(min: 2, max: 3, year: 2027), unit: "个")
          ],
          source: SourceRef())
      ])
    let text = try PlanYAMLWriter.yaml(for: plan)
    let result = PlanFileReader.read(text: text, file: "x.yaml")
    #expect(result.problems.isEmpty, "\(result.problems)\n\(text)")
    #expect(result.plan == plan)
  }

  @Test func jsonExportGivesEveryMeasureItsSourceSentence() throws {
    let loaded = PlanLoader.load(paths: [PackagePaths.sampleData])
    let json = try PlanJSONWriter.json(for: loaded.plans)
    let root = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let plans = try #require(root["plans"] as? [[String: Any]])
    var checked = 0
    for plan in plans {
      for measure in try #require(plan["measures"] as? [[String: Any]]) {
        let source = try #require(measure["source"] as? [String: Any])
        let sentence = try #require(source["text"] as? String, "\(measure["id"] ?? "?")")
        #expect(!sentence.isEmpty)
        checked += 1
      }
    }
    #expect(checked == loaded.plans.map(\.measures.count).reduce(0, +) && checked > 100)
  }

  @Test func jsonExportWritesFiguresAsNumbers() throws {
    let loaded = PlanLoader.load(paths: [PackagePaths.sampleData])
    let json = try PlanJSONWriter.json(for: loaded.plans)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let plans = try #require(object["plans"] as? [[String: Any]])
    #expect(plans.count == loaded.plans.count)
    let targets = plans.flatMap { ($0["targets"] as? [[String: Any]]) ?? [] }
    let values = targets.compactMap {
      (($0["goal"] as? [String: Any])?["target"] as? [String: Any])?["value"]
    }
    #expect(!values.isEmpty)
    #expect(values.allSatisfy { $0 is NSNumber })
    #expect(!json.contains("\"value\" : \""))
  }
}

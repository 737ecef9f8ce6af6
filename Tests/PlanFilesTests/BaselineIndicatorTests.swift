import Foundation
import PlanModel
import PlandashTestSupport
import Testing

@testable import PlanFiles

/// `baseline_indicators:` — starting figures no target measures: read, checked at their
/// lines, written back and exported.
@Suite struct BaselineIndicatorTests {
  static let lines: [String] =
    SmallPlan.lines + [
      "baseline_indicators:",  // 32
      "  - id: hechuan.baseline.profit",  // 33
      "    name: 规上工业企业利润",  // 34
      "    kind: absolute",  // 35
      "    unit: 亿元",  // 36
      "    baseline: {value: 1141.3, year: 2022, qualifiers: [超过]}",  // 37
      "    source: {section: 一(一), text: 规上工业企业实现利润1141.3亿元}",  // 38
      "  - id: hechuan.baseline.profit-rank",  // 39
      "    name: 规上工业企业利润率排位",  // 40
      "    kind: rank",  // 41
      "    unit: 位",  // 42
      "    baseline: {value: 6, year: 2022}",  // 43
      "    among: 全国所有城市",  // 44
      "    source: {section: 一(一), text: 在全国所有城市中排名第6}",  // 45
    ]

  static func text(replacing number: Int? = nil, with replacement: String? = nil) -> String {
    var copy = lines
    if let number {
      if let replacement { copy[number - 1] = replacement } else { copy.remove(at: number - 1) }
    }
    return copy.joined(separator: "\n") + "\n"
  }

  func load(_ text: String) -> LoadResult {
    let folder = TemporaryFolder()
    folder.write("a.yaml", text)
    return PlanLoader.load(paths: [folder.path])
  }

  func problems(_ text: String) -> [(line: Int, message: String)] {
    load(text).problems.map { ($0.line, $0.message.en) }
  }

  @Test func readsEveryField() throws {
    let loaded = load(Self.text())
    #expect(loaded.problems.isEmpty, "\(loaded.problems)")
    let items = try #require(loaded.plans.first).baselineIndicators
    #expect(
      items == [
        BaselineIndicator(
          id: "hechuan.baseline.profit", name: "规上工业企业利润", kind: .absolute, unit: "亿元",
          baseline: Figure(value: 1141.3, year: 2022, qualifiers: ["超过"]),
          source: SourceRef(section: "一(一)", text: "规上工业企业实现利润1141.3亿元")),
        BaselineIndicator(
          id: "hechuan.baseline.profit-rank", name: "规上工业企业利润率排位", kind: .rank, unit: "位",
          baseline: Figure(value: 6, year: 2022), among: "全国所有城市",
          source: SourceRef(section: "一(一)", text: "在全国所有城市中排名第6")),
      ])
  }

  @Test func anIndexNeedsNoUnit() {
    #expect(problems(Self.text(replacing: 36)).isEmpty)
  }

  @Test func aKindMeasuredAgainstABaseYearIsRefusedAtItsLine() throws {
    let found = problems(Self.text(replacing: 35, with: "    kind: growth"))
    #expect(found.map(\.line) == [35])
    #expect(found.first?.message.contains("cannot be of kind 'growth'") == true)
  }

  @Test func aRankIsInPlaces() {
    let found = problems(Self.text(replacing: 42, with: "    unit: 个"))
    #expect(found.map(\.line) == [42])
    #expect(found.first?.message == "a rank's unit must be '位'")
  }

  @Test func onlyARankIsRankedAmongAGroup() {
    let found = problems(Self.text(replacing: 36, with: "    among: 全国"))
    #expect(found.map(\.line) == [36])
    #expect(found.first?.message.contains("only for a rank") == true)
  }

  @Test func aShareNeedsItsUnit() {
    var lines = Self.lines
    lines[35 - 1] = "    kind: share"
    lines.remove(at: 36 - 1)
    let found = problems(lines.joined(separator: "\n") + "\n")
    #expect(found.map(\.line) == [33])
    #expect(found.first?.message == "a figure with a number needs a unit")
  }

  @Test func aBaselineWithoutANumberIsRefused() {
    let found = problems(Self.text(replacing: 43, with: "    baseline: {year: 2022}"))
    #expect(found.map(\.line) == [43])
    #expect(found.first?.message.contains("needs a number") == true)
  }

  @Test func aMissingBaselinePointsAtItsMapping() {
    let found = problems(Self.text(replacing: 37))
    #expect(found.map(\.line) == [33])
    #expect(found.first?.message.contains("missing required field 'baseline'") == true)
  }

  @Test func anIDAnotherItemHasIsADuplicate() {
    let found = problems(Self.text(replacing: 39, with: "  - id: hechuan.target.revenue"))
    #expect(found.map(\.line) == [39])
    #expect(found.first?.message == "duplicate id 'hechuan.target.revenue'")
  }

  @Test func anUnknownUnitAndAYearOutOfRange() {
    #expect(problems(Self.text(replacing: 36, with: "    unit: 亿美元")).map(\.line) == [36])
    let year = problems(Self.text(replacing: 43, with: "    baseline: {value: 6, year: 1900}"))
    #expect(year.map(\.line) == [43])
  }

  @Test func writtenBackAndExported() throws {
    let plan = try #require(load(Self.text()).plans.first)
    let yaml = try PlanYAMLWriter.yaml(for: plan)
    #expect(yaml.contains("baseline_indicators:"))
    let again = try #require(load(yaml).plans.first)
    #expect(again.baselineIndicators == plan.baselineIndicators)
    let json = try PlanJSONWriter.json(for: [plan])
    let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
    let plans = try #require(object?["plans"] as? [[String: Any]])
    let items = try #require(plans.first?["baseline_indicators"] as? [[String: Any]])
    #expect(items.map { $0["id"] as? String } == plan.baselineIndicators.map(\.id))
    #expect(items.last?["among"] as? String == "全国所有城市")
  }
}

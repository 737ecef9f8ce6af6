import Foundation
import PlanModel
import PlandashTestSupport
import Testing

@testable import PlanFiles

/// Every starting figure the five seeds state, as the sample plans record it: the baselines of
/// targets and tiers, and 成都's baseline indicators (docs/checklists/<region>.md says what was
/// taken and what was left).
@Suite struct SampleBaselineTests {
  static let plans: [String: Plan] = {
    let loaded = PlanLoader.load(paths: [PackagePaths.sampleData])
    return Dictionary(uniqueKeysWithValues: loaded.plans.map { ($0.region.id, $0) })
  }()

  /// A baseline as recorded: value, year (nil where the text gives none) and unit.
  struct Expected: Equatable, CustomStringConvertible {
    var value: Double
    var year: Int?
    var unit: String?
    var description: String { "\(value) \(unit ?? "") \(year.map(String.init) ?? "no year")" }
  }

  /// Every target, indicator and tier baseline in the sample data: all of them, no others.
  static let goalBaselines: [String: Expected] = [
    "bazhong.target.listing-zero-breakthrough": Expected(value: 0, unit: "户"),
    "tongcheng.target.hubei-private-manufacturing-top100": Expected(value: 0, unit: "家"),
    "hechuan.ladder.sme-gradient.single-champion": Expected(value: 0, unit: "家"),
    "chengdu.target.industrial-value-added-2025": Expected(value: 5067, year: 2022, unit: "亿元"),
    "chengdu.target.industrial-value-added-2030": Expected(value: 5067, year: 2022, unit: "亿元"),
    "chengdu.target.national-sme-characteristic-clusters": Expected(value: 4, unit: "个"),
    "chengdu.target.dual-cross-platforms": Expected(value: 1, year: 2022, unit: "个"),
    "chengdu.ladder.quality-enterprise.above-scale": Expected(value: 4114, year: 2022, unit: "家"),
    "chengdu.ladder.quality-enterprise.little-giant": Expected(value: 288, year: 2022, unit: "家"),
    "chengdu.ladder.quality-enterprise.single-champion": Expected(
      value: 10, year: 2022, unit: "家"),
    "chengdu.ladder.tech-enterprise.high-tech": Expected(value: 1.14, year: 2022, unit: "万家"),
  ]

  /// One of 成都's baseline indicators: id (after `chengdu.baseline.`), kind, value, unit, year
  /// (2022 unless the text gives none) and, for a rank, the group it is a rank in.
  struct Row {
    var id: String
    var kind: GoalKind
    var expected: Expected
    var among: String?

    init(
      _ id: String, _ kind: GoalKind, _ value: Double, _ unit: String?, year: Int? = 2022,
      among: String? = nil
    ) {
      self.id = id
      self.kind = kind
      self.expected = Expected(value: value, year: year, unit: unit)
      self.among = among
    }
  }

  /// 成都's baseline indicators, in file order.
  static let chengdu: [Row] = [
    Row("industry-major-classes", .count, 38, "个"),
    Row("industry-minor-classes", .count, 184, "个"),
    Row("industrial-value-added-gdp-share", .share, 24.3, "%"),
    Row("above-scale-industrial-revenue", .absolute, 1.73, "万亿元"),
    Row("value-added-growth-rank", .rank, 2, "位", among: "全国副省级及以上城市"),
    Row("above-scale-industrial-profit", .absolute, 1141.3, "亿元"),
    Row("above-scale-industrial-profit-growth", .annualRate, 9, "%"),
    Row("above-scale-industrial-profit-margin", .share, 6.6, "%"),
    Row("profit-margin-rank", .rank, 6, "位", among: "全国所有城市"),
    Row("new-industrialisation-demo-bases", .count, 5, "个"),
    Row("advanced-manufacturing-index-rank", .rank, 9, "位", among: "全国"),
    Row("electronic-information-scale", .absolute, 1, "万亿元", year: nil),
    Row("green-food-geographical-brands", .count, 7, "个", year: nil),
    Row("provincial-emerging-clusters", .count, 12, "个", year: nil),
    Row("tech-smes", .count, 8153, "家"),
    Row("tech-smes-growth", .annualRate, 21.5, "%"),
    Row("high-tech-enterprises-net-increase", .count, 3489, "家"),
    Row("high-tech-enterprises-rank", .rank, 8, "位", among: "全国重点城市"),
    Row("technology-contract-turnover", .absolute, 1400, "亿元"),
    Row("technology-contract-turnover-gdp-share", .share, 7, "%"),
    Row("technology-contract-turnover-rank", .rank, 3, "位", among: "全国"),
    Row("national-manufacturing-innovation-centres", .count, 1, "个"),
    Row("national-industry-innovation-centres", .count, 1, "个"),
    Row("new-rd-platforms", .count, 16, "家"),
    Row("other-innovation-platforms", .count, 113, "家"),
    Row("above-scale-enterprises-rank", .rank, 7, "位", among: "全国"),
    Row("local-world-top-500", .count, 2, "家"),
    Row("little-giants-new", .count, 86, "家"),
    Row("little-giants-rank", .rank, 9, "位", among: "全国"),
    Row("global-unicorns", .count, 10, "家"),
    Row("listed-enterprises", .count, 100, "家"),
    Row("cloud-enterprises", .count, 9.6, "万户"),
    Row("cloud-adoption-rank", .rank, 6, "位", among: "全国"),
    Row("informatisation-index", .absolute, 66.1, nil),
    Row("informatisation-index-rank", .rank, 5, "位", among: "全国"),
    Row("digital-rd-design-tools", .share, 90.5, "%"),
    Row("global-lighthouse-factories", .count, 2, "家"),
    Row("urban-resident-population", .absolute, 1699.1, "万人"),
    Row("resident-urbanisation-rate", .share, 79.9, "%"),
    Row("registered-population", .absolute, 1571.6, "万人"),
    Row("registered-urbanisation-rate", .share, 68.8, "%"),
    Row("farm-machinery-power", .absolute, 414, "万千瓦"),
    Row("farm-machinery-count", .count, 30, "万台套"),
    Row("crop-mechanisation-rate", .share, 82.5, "%"),
    Row("agricultural-iot-bases", .count, 72, "个"),
  ]

  /// Counts read from words, not printed as digits: 突破万亿级, 零的突破 (one centre named
  /// each), 从无到有 (two firms named), 全球“灯塔工厂” (two factories named).
  static let readFromWords: Set<String> = [
    "electronic-information-scale", "national-manufacturing-innovation-centres",
    "national-industry-innovation-centres", "local-world-top-500", "global-lighthouse-factories",
  ]

  @Test func everyGoalAndTierBaselineOfEveryPlan() {
    #expect(Self.plans.count == 5)
    var found: [String: Expected] = [:]
    for plan in Self.plans.values {
      for item in plan.targets {
        if let b = item.goal.baseline, let value = b.value {
          found[item.id] = Expected(value: value, year: b.year, unit: item.goal.unit)
        }
      }
      for item in plan.indicators {
        if let b = item.goal.baseline, let value = b.value {
          found[item.id] = Expected(value: value, year: b.year, unit: item.goal.unit)
        }
      }
      for tier in plan.ladders.flatMap(\.tiers) {
        if let b = tier.baseline, let value = b.value {
          found[tier.id] = Expected(value: value, year: b.year, unit: tier.unit)
        }
      }
    }
    #expect(found == Self.goalBaselines)
  }

  @Test func onlyChengduStatesBaselineOnlyFigures() throws {
    for region in ["bazhong", "tongcheng", "hechuan", "nanchong"] {
      #expect(try #require(Self.plans[region]).baselineIndicators.isEmpty, "\(region)")
    }
    // 南充 gives the base year of its growth targets, never a base value.
    let nanchong = try #require(Self.plans["nanchong"])
    #expect(nanchong.targets.compactMap(\.goal.baseYear) == [2023, 2023, 2023])
  }

  @Test func chengduBaselineIndicators() throws {
    let items = try #require(Self.plans["chengdu"]).baselineIndicators
    #expect(items.map(\.id) == Self.chengdu.map { "chengdu.baseline." + $0.id })
    for (item, row) in zip(items, Self.chengdu) {
      let got = Expected(
        value: item.baseline.value ?? .nan, year: item.baseline.year, unit: item.unit)
      #expect(got == row.expected, "\(item.id)")
      #expect(item.kind == row.kind, "\(item.id)")
      #expect(item.among == row.among, "\(item.id)")
    }
    #expect(items.filter { $0.kind == .rank }.count == 9)
  }

  /// Each stands under a heading of 一、发展基础, and its number is printed in its sentence
  /// (or read from its words, for the four named).
  @Test func chengduBaselinesAreInTheirSentences() throws {
    let plan = try #require(Self.plans["chengdu"])
    let parents = Dictionary(uniqueKeysWithValues: plan.outline.map { ($0.key, $0.parent) })
    for item in plan.baselineIndicators {
      let heading = try #require(item.source.heading, "\(item.id)")
      #expect(parents[heading] == "一", "\(item.id) under \(heading)")
      #expect(item.source.section == heading, "\(item.id)")
      let text = item.source.text ?? ""
      let slug = String(item.id.dropFirst("chengdu.baseline.".count))
      let value = try #require(item.baseline.value)
      let printed = FigureText.exact(value)
      let inText = Self.prints(printed, in: text) || Self.prints(printed + ".0", in: text)
      #expect(inText != Self.readFromWords.contains(slug), "\(item.id): \(printed) in \(text)")
      if let year = item.baseline.year { #expect(year <= plan.document.horizon.start) }
    }
  }

  /// Whether `text` prints `number` as a whole number: not inside a longer one (`2` in `2022`).
  static func prints(_ number: String, in text: String) -> Bool {
    let chars = Array(text)
    let wanted = Array(number)
    guard wanted.count <= chars.count else { return false }
    func isDigit(_ c: Character) -> Bool { (c.isASCII && c.isNumber) || c == "." }
    for start in 0...(chars.count - wanted.count)
    where Array(chars[start..<start + wanted.count]) == wanted {
      let end = start + wanted.count
      if (start == 0 || !isDigit(chars[start - 1])) && (end == chars.count || !isDigit(chars[end]))
      {
        return true
      }
    }
    return false
  }
}

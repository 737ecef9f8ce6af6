import Foundation
import PlanModel

@testable import PlandashCLI

/// One small plan with three targets (each a different status as of 2025) and three measures
/// with their units; every expected figure in the report tests is worked from these by hand.
enum ReportFixture {
  static let source = SourceRef(section: "二", text: "…")

  static var plan: Plan {
    Plan(
      region: Region(id: "hechuan", name: "合川区", level: .district),
      document: PlanDocument(
        title: "方案", issued: PlanDate(year: 2023), horizon: Horizon(start: 2023, end: 2027)),
      targets: [
        Target(
          id: "hechuan.target.revenue", metric: "营业收入",
          goal: Goal(
            kind: .absolute, direction: .up, unit: "亿元",
            baseline: Figure(value: 1000, year: 2022), target: Figure(value: 1600, year: 2027)),
          source: source),
        Target(
          id: "hechuan.target.champion", metric: "单项冠军",
          goal: Goal(
            kind: .count, direction: .up, unit: "家", baseline: Figure(value: 0),
            target: Figure(value: 1, year: 2027), qualifiers: ["零突破"]), source: source),
        Target(
          id: "hechuan.target.share", metric: "A|B 占比",
          goal: Goal(
            kind: .share, direction: .up, unit: "%", target: Figure(value: 25, year: 2027)),
          source: source),
      ],
      measures: [
        Measure(
          id: "hechuan.measure.parks", section: "(一)", title: "推进\"链长制\",强化协同",
          text: "…", leadUnits: ["区经济信息委"], responsibleUnits: ["区发展改革委"],
          targets: ["hechuan.target.revenue"], due: 2024, source: source),
        Measure(
          id: "hechuan.measure.talent", section: "(二)", title: "引进人才", text: "…",
          leadUnits: ["区人力社保局"], due: 2027, source: source),
        Measure(
          id: "hechuan.measure.done", section: "(三)", title: "已完成", text: "…",
          leadUnits: ["区经济信息委"], due: 2024, source: source),
      ])
  }

  static var snapshot: ProgressSnapshot {
    ProgressSnapshot(
      measures: [
        // 2025-02-19 12:00 UTC: the 19th in any time zone within 11 hours of UTC
        "hechuan.measure.parks": MeasureProgress(
          status: .inProgress, note: "用地已报批", updatedAt: 1_739_966_400, updatedBy: "张三"),
        "hechuan.measure.done": MeasureProgress(status: .done),
      ],
      actuals: [
        "hechuan.target.revenue": [
          Actual(itemID: "hechuan.target.revenue", year: 2024, value: 1150)
        ],
        "hechuan.target.champion": [
          Actual(itemID: "hechuan.target.champion", year: 2024, value: 0)
        ],
      ])
  }

  static func report(unit: String? = nil) -> ProgressReport {
    ProgressReport(
      catalog: Catalog(plans: [plan]), snapshot: snapshot, asOf: 2025, region: nil, unit: unit,
      notes: MeasureNotes.latest(snapshot: snapshot, history: []))
  }
}

/// A Markdown table row's cells, split on unescaped pipes.
func markdownCells(_ line: String) -> [String] {
  var result: [String] = []
  var cell = ""
  var previous: Character = " "
  for c in line {
    if c == "|" && previous != "\\" {
      result.append(cell.trimmingCharacters(in: .whitespaces))
      cell = ""
    } else {
      cell.append(c)
    }
    previous = c
  }
  return Array(result.dropFirst())
}

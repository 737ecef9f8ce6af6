import Foundation
import PlanModel
import Testing

@testable import PlandashCLI

/// The report in each format, checked field by field against figures worked by hand from
/// `ReportFixture` (as of 2025; plan issued 2023):
/// - revenue 1000 (2022) → 1600 (2027), 1150 in 2024: observed 1.15^(1/2) − 1 = 7.2%/yr,
///   required 1.6^(1/5) − 1 = 9.9%/yr, R = 0.072381 / 0.098561 = 73.4% → acceleration needed;
///   elapsed (2025 − 2023) / (2027 − 2023) = 50.0%, done 1150 / 1600 = 71.9% → on schedule;
/// - champion 零突破, 0 in 2024 → not achieved; done 0 / 1 = 0.0% < 50% − 10 → behind;
/// - share: no actual → not assessable, target 25 (2027);
/// - parks (due 2024, in progress): 2025 > 2024 → overdue; elapsed clamps to 100%, done 50%;
///   talent (due 2027, todo): elapsed 50%, done 0% → behind; done measure: neither.
@Suite struct ReportFormatTests {
  let report = ReportFixture.report()

  @Test func countsAndOrder() {
    #expect(report.targetCounts == [.accelerationNeeded: 1, .notAchieved: 1, .notAssessable: 1])
    // worst first: not achieved (1), acceleration needed (3), not assessable (6)
    #expect(
      report.targets.map(\.item.id) == [
        "hechuan.target.champion", "hechuan.target.revenue", "hechuan.target.share",
      ])
    #expect(report.measureCounts == [.todo: 1, .inProgress: 1, .done: 1])
    #expect(report.overdueCount == 1)
    // parks (elapsed 100%, done 50%) and talent (50%, 0%)
    #expect(report.behindCount == 2)
    // units sorted: 区人力社保局, 区发展改革委, 区经济信息委
    #expect(report.units.map(\.unit) == ["区人力社保局", "区发展改革委", "区经济信息委"])
    #expect(report.units[1].late.map(\.role) == [.responsible])
    #expect(report.units[2].late.map(\.measure.id) == ["hechuan.measure.parks"])
  }

  @Test func csvFieldByField() {
    let text = CSVReportFormatter.render(report)
    #expect(text.hasPrefix("\u{FEFF}section,"))
    #expect(text.contains("\r\n"))
    #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    let rows = parseCSV(text)
    let header = rows[0]
    func column(_ row: [String], _ name: String) -> String { row[header.firstIndex(of: name)!] }
    #expect(rows.allSatisfy { $0.count == header.count })
    let revenue = rows.first { column($0, "id") == "hechuan.target.revenue" }!
    #expect(column(revenue, "section") == "target")
    #expect(column(revenue, "status") == "acceleration needed")
    #expect(column(revenue, "name") == "营业收入")
    #expect(column(revenue, "figure_unit") == "亿元")
    // Every figure a plain number in a cell of its own, for sums and sorts in a spreadsheet.
    #expect(column(revenue, "base") == "1000" && column(revenue, "base_year") == "2022")
    #expect(column(revenue, "latest") == "1150" && column(revenue, "latest_year") == "2024")
    #expect(column(revenue, "target") == "1600" && column(revenue, "target_year") == "2027")
    #expect(column(revenue, "observed_per_year") == "7.2")
    #expect(column(revenue, "required_per_year") == "9.9")
    #expect(column(revenue, "rate_unit") == "%")
    #expect(column(revenue, "R_pct") == "73.4")
    #expect(column(revenue, "elapsed_pct") == "50.0")
    #expect(column(revenue, "done_pct") == "71.9")
    #expect(column(revenue, "schedule") == "")
    let champion = rows.first { column($0, "id") == "hechuan.target.champion" }!
    #expect(column(champion, "status") == "not yet achieved")
    #expect(column(champion, "done_pct") == "0.0")
    #expect(column(champion, "schedule") == "behind")
    let share = rows.first { column($0, "id") == "hechuan.target.share" }!
    #expect(column(share, "name") == "A|B 占比")
    #expect(column(share, "note") == "no actual recorded")
    #expect(column(share, "target") == "25" && column(share, "target_year") == "2027")
    // A figure that is not there is an empty cell: no "—" anywhere in the file.
    #expect(column(share, "latest") == "" && column(share, "R_pct") == "")
    #expect(!text.contains("—"))
    // counts
    let count = { (section: String, status: String) in
      rows.first { column($0, "section") == section && column($0, "status") == status }
        .map { column($0, "count") }
    }
    #expect(count("target-count", "acceleration needed") == "1")
    #expect(count("target-count", "deterioration") == "0")
    #expect(count("measure-count", "overdue") == "1")
    #expect(count("measure-count", "behind schedule") == "2")
    // late measures, one row per unit; the title with a quote and a comma survives quoting
    let parks = rows.filter { column($0, "id") == "hechuan.measure.parks" }
    #expect(parks.map { column($0, "responsible_unit") } == ["区发展改革委", "区经济信息委"])
    #expect(parks.map { column($0, "role") } == ["责任", "牵头"])
    #expect(parks.allSatisfy { column($0, "name") == "推进\"链长制\",强化协同" })
    #expect(parks.allSatisfy { column($0, "schedule") == "overdue" })
    #expect(
      parks.allSatisfy { column($0, "elapsed_pct") == "100.0" && column($0, "done_pct") == "50.0" })
    #expect(text.contains("\"推进\"\"链长制\"\",强化协同\""))
  }

  @Test func markdownTablesFieldByField() {
    let text = MarkdownReportFormatter.render(report)
    #expect(text.hasPrefix("# plandash report — as of 2025 · region all\n"))
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    // a table row's cells, split on unescaped pipes
    func cells(_ line: String) -> [String] {
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
    let header = cells(lines.first { $0.hasPrefix("| status | region | id |") }!)
    #expect(header == ReportRows.targetHeader)
    let revenue = cells(lines.first { $0.contains("| hechuan.target.revenue |") }!)
    #expect(revenue.count == header.count)
    #expect(revenue[0] == "~ acceleration needed")
    #expect(revenue[5] == "1000 (2022)")
    #expect(revenue[10] == "73.4%")
    #expect(revenue[12] == "71.9%")
    // the pipe in a name is escaped, so the row keeps its column count
    let share = lines.first { $0.contains("| hechuan.target.share |") }!
    #expect(share.contains("A\\|B 占比"))
    #expect(cells(share).count == header.count)
    // every table has its delimiter row right after its header
    for (i, line) in lines.enumerated() where line.hasPrefix("| status | count |") {
      #expect(lines[i + 1] == "| --- | ---: |")
    }
    #expect(text.contains("### 区经济信息委"))
    #expect(text.contains("| overdue | 牵头 | hechuan | hechuan.measure.parks | (一) |"))
    #expect(text.contains("| behind schedule | 2 |"))
  }

  @Test func textFieldByField() {
    let text = TextReportFormatter.render(report)
    let lines = text.split(separator: "\n").map(String.init)
    func words(_ line: String) -> [String] {
      line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
    }
    let revenue = words(lines.first { $0.contains("hechuan.target.revenue") }!)
    #expect(
      revenue == [
        "~", "acceleration", "needed", "hechuan", "hechuan.target.revenue", "营业收入", "亿元",
        "1000", "(2022)", "1150", "(2024)", "1600", "(2027)", "7.2%/yr", "9.9%/yr", "73.4%",
        "50.0%", "71.9%",
      ])
    let acceleration = words(
      lines.first { $0.hasPrefix("~ acceleration needed") && !$0.contains("hechuan") }!)
    #expect(acceleration.last == "1")
    #expect(words(lines.first { $0.hasPrefix("overdue ") }!) == ["overdue", "1"])
    let talent = words(lines.first { $0.contains("hechuan.measure.talent") }!)
    #expect(
      talent == [
        "behind", "牵头", "hechuan", "hechuan.measure.talent", "(二)", "引进人才", "todo", "2027", "50.0%",
        "0.0%",
      ])
  }

  @Test func jsonFieldByField() throws {
    let data = Data(try JSONReportFormatter.render(report).utf8)
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(object["as_of"] as? Int == 2025)
    let counts = try #require(object["target_counts"] as? [String: Int])
    #expect(counts["acceleration-needed"] == 1 && counts["not-achieved"] == 1)
    #expect(counts["not-assessable"] == 1 && counts["on-track"] == 0)
    let measures = try #require(object["measure_counts"] as? [String: Int])
    #expect(
      measures == [
        "todo": 1, "in-progress": 1, "done": 1, "blocked": 0, "total": 3, "overdue": 1, "behind": 2,
      ])
    let targets = try #require(object["targets"] as? [[String: Any]])
    #expect(
      targets.map { $0["id"] as? String } == [
        "hechuan.target.champion", "hechuan.target.revenue", "hechuan.target.share",
      ])
    let revenue = try #require(targets[1]["assessment"] as? [String: Any])
    #expect(revenue["status"] as? String == "acceleration-needed")
    #expect(revenue["method"] as? String == "required-growth")
    #expect(revenue["base_value"] as? Double == 1000)
    #expect(revenue["latest_year"] as? Int == 2024)
    #expect(abs((revenue["ratio"] as? Double ?? 0) - 0.73438) < 1e-4)
    #expect(abs((revenue["observed_rate"] as? Double ?? 0) - 0.072381) < 1e-5)
    let schedule = try #require(targets[1]["schedule"] as? [String: Any])
    #expect(schedule["elapsed"] as? Double == 0.5)
    #expect(schedule["done"] as? Double == 0.71875)
    #expect(schedule["behind"] as? Bool == false)
    let share = try #require(targets[2]["assessment"] as? [String: Any])
    #expect(share["reason"] as? String == "no actual recorded")
    let units = try #require(object["units"] as? [[String: Any]])
    #expect(units.map { $0["unit"] as? String } == ["区人力社保局", "区发展改革委", "区经济信息委"])
  }

  @Test func unitFilterKeepsItsMeasuresAndTheirTargets() {
    let mine = ReportFixture.report(unit: "经济信息委")
    // parks (in progress) and done are the unit's; talent is not
    #expect(mine.measureCounts == [.inProgress: 1, .done: 1])
    #expect(mine.units.map(\.unit) == ["区经济信息委"])
    // parks is tied to the revenue target only
    #expect(mine.targets.map(\.item.id) == ["hechuan.target.revenue"])
  }

  @Test func asOfComesFromTheOptionThenTheEnvironment() throws {
    #expect(
      try AsOfOptions.parse(["--as-of", "2024"]).year(environment: ["PLANDASH_AS_OF": "2026"])
        == 2024)
    #expect(try AsOfOptions.parse([]).year(environment: ["PLANDASH_AS_OF": "2026"]) == 2026)
    let now = Calendar(identifier: .gregorian).component(.year, from: Date())
    #expect(try AsOfOptions.parse([]).year(environment: [:]) == now)
    #expect(throws: CLIError.self) {
      try AsOfOptions.parse(["--as-of", "20x5"]).year(environment: [:])
    }
  }
}

/// `plandash export --format json` carries the same assessment and schedule as the report.
@Suite struct ExportAgreementTests {
  @Test func exportAttachmentsAgreeWithTheReport() throws {
    let report = ReportFixture.report()
    let attachments = AssessmentFields.attachments(
      catalog: Catalog(plans: [ReportFixture.plan]), snapshot: ReportFixture.snapshot, asOf: 2025)
    for line in report.targets {
      let exported = try #require(attachments[line.item.id]?["assessment"] as? [String: Any])
      #expect(exported["status"] as? String == line.item.assessment.status.rawValue)
      #expect(exported["ratio"] as? Double == line.item.assessment.ratio)
      let schedule = try #require(exported["schedule"] as? [String: Any])
      #expect(schedule["done"] as? Double == line.schedule.done)
    }
    // measures get their schedule: parks (due 2024, in progress) is overdue as of 2025
    let parks = try #require(attachments["hechuan.measure.parks"]?["schedule"] as? [String: Any])
    #expect(parks["overdue"] as? Bool == true)
    #expect(parks["done"] as? Double == 0.5)
  }
}

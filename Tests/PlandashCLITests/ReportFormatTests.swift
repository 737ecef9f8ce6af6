import Foundation
import PlanModel
import PlandashTestSupport
import Testing

@testable import PlandashCLI

/// The report in each format, checked field by field against figures worked by hand from
/// `ReportFixture` (as of 2025; plan issued 2023):
/// - revenue 1000 (2022) → 1600 (2027), 1150 in 2024: observed 1.15^(1/2) − 1 = 7.2%/yr,
///   required 1.6^(1/5) − 1 = 9.9%/yr, R = 0.072381 / 0.098561 = 73.4% → acceleration needed;
///   elapsed (2025 − 2023) / (2027 − 2023) = 50.0%, done 1150 / 1600 = 71.9% → on schedule;
/// - champion 零突破, 0 in 2024 → not achieved; done 0 / 1 = 0.0% < 50% − 10 → behind;
/// - share: no actual → not assessable, target 25 (2027);
/// - parks (due 2024, in progress; note 用地已报批 by 张三 on 2025-02-19): 2025 > 2024 →
///   overdue; elapsed clamps to 100%, done 50%; talent (due 2027, todo): elapsed 50%, done
///   0% → behind; done measure: neither, listed under the finished ones.
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
    // each measure once: late (overdue parks first, then talent), then the finished one
    #expect(
      report.measures.map(\.measure.id) == [
        "hechuan.measure.parks", "hechuan.measure.talent", "hechuan.measure.done",
      ])
    #expect(report.measures.map(\.group) == [.late, .late, .finished])
    // units in pinyin order: 区发展改革委 (fa), 区经济信息委 (jing), 区人力社保局 (ren)
    #expect(report.units.map(\.unit) == ["区发展改革委", "区经济信息委", "区人力社保局"])
    // 区经济信息委 leads parks and done; 区发展改革委 is responsible for parks
    #expect(report.units.map(\.leads) == [0, 2, 1])
    #expect(report.units.map(\.responsible) == [1, 0, 0])
    #expect(report.units[1].progress.counts == [.inProgress: 1, .done: 1])
  }

  @Test func csvFieldByField() {
    let text = CSVReportFormatter.render(report, .en)
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
    #expect(column(revenue, "base_origin") == "plan")
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
    #expect(column(share, "base_origin") == "")
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
    // each measure's id on exactly one row, its units in columns of their own; the title
    // with a quote and a comma survives quoting
    for id in ["hechuan.measure.parks", "hechuan.measure.talent", "hechuan.measure.done"] {
      #expect(rows.filter { $0.contains(id) }.count == 1, "\(id)")
    }
    let parks = rows.first { column($0, "id") == "hechuan.measure.parks" }!
    #expect(column(parks, "section") == "measure" && column(parks, "group") == "late")
    #expect(column(parks, "lead_units") == "区经济信息委")
    #expect(column(parks, "responsible_units") == "区发展改革委")
    #expect(column(parks, "name") == "推进\"链长制\",强化协同")
    #expect(column(parks, "status") == "in-progress" && column(parks, "schedule") == "overdue")
    #expect(column(parks, "elapsed_pct") == "100.0" && column(parks, "done_pct") == "50.0")
    #expect(column(parks, "note") == "用地已报批")
    #expect(column(parks, "note_date") == "2025-02-19" && column(parks, "note_by") == "张三")
    #expect(text.contains("\"推进\"\"链长制\"\",强化协同\""))
    let done = rows.first { column($0, "id") == "hechuan.measure.done" }!
    #expect(column(done, "group") == "finished" && column(done, "status") == "done")
    // per-unit rows give counts only: no measure id on them
    let units = rows.filter { column($0, "section") == "unit-count" }
    #expect(units.map { column($0, "unit") } == ["区发展改革委", "区经济信息委", "区人力社保局"])
    #expect(units.allSatisfy { column($0, "id").isEmpty })
    let economy = units[1]
    #expect(column(economy, "lead_count") == "2" && column(economy, "responsible_count") == "0")
    #expect(column(economy, "in_progress") == "1" && column(economy, "done") == "1")
    #expect(column(economy, "overdue") == "1" && column(economy, "count") == "2")
  }

  @Test func markdownTablesFieldByField() {
    let text = MarkdownReportFormatter.render(report, .en)
    #expect(text.hasPrefix("# plandash report — as of 2025 · region all\n"))
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let header = markdownCells(lines.first { $0.hasPrefix("| status | region | id |") }!)
    #expect(header == ReportRows.header(ReportText.targetHeader, .en))
    let revenue = markdownCells(lines.first { $0.contains("| hechuan.target.revenue |") }!)
    #expect(revenue.count == header.count)
    #expect(revenue[0] == "~ acceleration needed")
    #expect(revenue[5] == "1000 (2022)" && revenue[6] == "plan")
    #expect(revenue[11] == "73.4%")
    #expect(revenue[13] == "71.9%")
    // the pipe in a name is escaped, so the row keeps its column count
    let share = lines.first { $0.contains("| hechuan.target.share |") }!
    #expect(share.contains("A\\|B 占比"))
    #expect(markdownCells(share).count == header.count)
    // every table has its delimiter row right after its header
    for (i, line) in lines.enumerated() where line.hasPrefix("| status | count |") {
      #expect(lines[i + 1] == "| --- | ---: |")
    }
    // each measure on one line, under its group
    #expect(lines.filter { $0.contains("hechuan.measure.parks") }.count == 1)
    #expect(
      text.contains(
        "| overdue | hechuan | hechuan.measure.parks | (一) | 推进\"链长制\",强化协同 | 区经济信息委 | 区发展改革委 | in-progress | 2024 | 100.0% | 50.0% | 用地已报批 | 2025-02-19 | 张三 |"
      ))
    let finished = lines.firstIndex(of: "## Finished measures")!
    let done = lines.firstIndex { $0.contains("| hechuan.measure.done |") }!
    #expect(done > finished)
    #expect(text.contains("| behind schedule | 2 |"))
    // a unit's behind column counts those behind and not overdue (parks is overdue)
    #expect(text.contains("| 区经济信息委 | 2 | 0 | 0 | 1 | 1 | 0 | 1 | 0 |"))
  }

  @Test func textFieldByField() {
    let text = TextReportFormatter.render(report, .en)
    let lines = text.split(separator: "\n").map(String.init)
    func words(_ line: String) -> [String] {
      line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
    }
    let revenue = words(lines.first { $0.contains("hechuan.target.revenue") }!)
    #expect(
      revenue == [
        "~", "acceleration", "needed", "hechuan", "hechuan.target.revenue", "营业收入", "亿元",
        "1000", "(2022)", "plan", "1150", "(2024)", "1600", "(2027)", "7.2%/yr", "9.9%/yr",
        "73.4%", "50.0%", "71.9%",
      ])
    let acceleration = words(
      lines.first { $0.hasPrefix("~ acceleration needed") && !$0.contains("hechuan") }!)
    #expect(acceleration.last == "1")
    #expect(words(lines.first { $0.hasPrefix("overdue ") }!) == ["overdue", "1"])
    let talent = words(lines.first { $0.contains("hechuan.measure.talent") }!)
    #expect(
      talent == [
        "behind", "hechuan", "hechuan.measure.talent", "(二)", "引进人才", "区人力社保局", "—", "todo",
        "2027", "50.0%", "0.0%", "—", "—", "—",
      ])
  }

  @Test func jsonFieldByField() throws {
    let data = Data(try JSONReportFormatter.render(report, .en).utf8)
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(object["as_of"] as? Int == 2025)
    #expect(object["language"] as? String == "en")
    let counts = try #require(object["target_counts"] as? [String: Int])
    #expect(counts["acceleration-needed"] == 1 && counts["not-achieved"] == 1)
    #expect(counts["not-assessable"] == 1 && counts["on-track"] == 0)
    let measureCounts = try #require(object["measure_counts"] as? [String: Int])
    #expect(
      measureCounts == [
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
    #expect(revenue["base_origin"] as? String == "plan")
    #expect(revenue["latest_year"] as? Int == 2024)
    #expect(abs((revenue["ratio"] as? Double ?? 0) - 0.73438) < 1e-4)
    #expect(abs((revenue["observed_rate"] as? Double ?? 0) - 0.072381) < 1e-5)
    let schedule = try #require(targets[1]["schedule"] as? [String: Any])
    #expect(schedule["elapsed"] as? Double == 0.5)
    #expect(schedule["done"] as? Double == 0.71875)
    #expect(schedule["behind"] as? Bool == false)
    let share = try #require(targets[2]["assessment"] as? [String: Any])
    #expect(share["reason"] as? String == "no actual recorded")
    #expect(share["reason_zh"] as? String == "尚无实际值")
    #expect(share["reason_label"] as? String == "no actual recorded")
    let measures = try #require(object["measures"] as? [[String: Any]])
    #expect(measures.map { $0["id"] as? String } == report.measures.map(\.measure.id))
    #expect(measures.map { $0["group"] as? String } == ["late", "late", "finished"])
    #expect(measures[0]["status"] as? String == "in-progress")
    #expect(measures[0]["lead_units"] as? [String] == ["区经济信息委"])
    #expect(measures[0]["responsible_units"] as? [String] == ["区发展改革委"])
    let note = try #require(measures[0]["note"] as? [String: Any])
    #expect(note["text"] as? String == "用地已报批" && note["by"] as? String == "张三")
    #expect(note["date"] as? String == "2025-02-19")
    let units = try #require(object["units"] as? [[String: Any]])
    #expect(units.map { $0["unit"] as? String } == ["区发展改革委", "区经济信息委", "区人力社保局"])
    #expect(units.allSatisfy { $0["measures"] == nil }, "a unit gives counts only")
    #expect((units[1]["counts"] as? [String: Int])?["done"] == 1)
  }

  /// Why a target is not assessable is said in the report's language in every format; the
  /// JSON keeps its English `reason` and adds the Chinese and the report's own.
  @Test func reasonsAreInTheReportsLanguage() throws {
    let text = TextReportFormatter.render(report, .zh)
    #expect(text.contains("尚无实际值") && !text.contains("no actual recorded"))
    #expect(MarkdownReportFormatter.render(report, .zh).contains("尚无实际值"))
    let rows = parseCSV(CSVReportFormatter.render(report, .zh))
    let header = rows[0]
    let share = try #require(
      rows.first { $0[header.firstIndex(of: "编号")!] == "hechuan.target.share" })
    #expect(share[header.firstIndex(of: "说明或进展")!] == "尚无实际值")
    let data = Data(try JSONReportFormatter.render(report, .zh).utf8)
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let targets = try #require(object["targets"] as? [[String: Any]])
    let assessment = try #require(targets[2]["assessment"] as? [String: Any])
    #expect(assessment["reason"] as? String == "no actual recorded")
    #expect(assessment["reason_label"] as? String == "尚无实际值")
  }

  @Test func unitFilterKeepsItsMeasuresAndTheirTargets() {
    let mine = ReportFixture.report(unit: "经济信息委")
    // parks (in progress) and done are the unit's; talent is not
    #expect(mine.measureCounts == [.inProgress: 1, .done: 1])
    #expect(mine.units.map(\.unit) == ["区经济信息委"])
    #expect(mine.measures.map(\.measure.id) == ["hechuan.measure.parks", "hechuan.measure.done"])
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

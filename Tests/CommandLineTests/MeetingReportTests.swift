import Foundation
import PlandashTestSupport
import Testing

/// `plandash report` as the 督查 meeting takes it, run as a user runs it on the shipped
/// plans with a fresh store: in the UI's language (Chinese unless the locale or the saved
/// language says English, or `--lang`), a region by id, Chinese name or pinyin, each measure
/// once with its 牵头 and 责任单位, finished measures apart, each measure's latest note with
/// its date and author, and each target's base with its origin.
@Suite(.enabled(if: PlandashBinary.available, Comment(rawValue: PlandashBinary.skipReason)))
struct MeetingReportTests {
  let folder = TemporaryFolder()
  var store: String { folder.path("progress.sqlite") }

  /// A locale, and the test's own data and settings folders (no settings file unless a
  /// test writes one).
  func environment(lang: String) -> [String: String] {
    [
      "XDG_DATA_HOME": folder.path, "XDG_CONFIG_HOME": folder.path, "LANG": lang, "LC_ALL": "",
      "LC_MESSAGES": "",
    ]
  }

  func report(_ arguments: [String], lang: String = "zh_CN.UTF-8") throws
    -> PlandashBinary.Result
  {
    try PlandashBinary.run(
      ["report", "--store", store, "--as-of", "2025"] + arguments,
      environment: environment(lang: lang))
  }

  func run(_ arguments: [String]) throws {
    let result = try PlandashBinary.run(
      arguments + ["--store", store], environment: environment(lang: "zh_CN.UTF-8"))
    #expect(result.status == 0, "\(arguments): \(result.err)")
  }

  /// Today in local time, as the report dates a note.
  var today: String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.dateFormat = "yyyy-MM-dd"
    return formatter.string(from: Date())
  }

  @Test func chineseUnlessEnglishIsTheLocaleTheSavedLanguageOrTheFlag() throws {
    // 合川 as of 2025, industrial revenue 1020 (2023) → 1240 (2025): R 86.1% → 需加快
    try run([
      "actual", "set", "hechuan.target.industrial-revenue", "--year", "2023", "--value", "1020",
    ])
    try run([
      "actual", "set", "hechuan.target.industrial-revenue", "--year", "2025", "--value", "1240",
    ])
    let zh = try report(["--region", "hechuan"])
    #expect(zh.status == 0, "\(zh.err)")
    for word in [
      "督查报告", "目标评估汇总", "措施进展汇总", "需加快", "退步", "无法评估", "进度正常", "目标已实现", "进展有限", "待办", "逾期和滞后的措施",
      "已完成的措施", "各单位措施统计", "牵头单位", "责任单位",
    ] {
      #expect(zh.out.contains(word), "\(word)")
    }
    #expect(!zh.out.contains("acceleration needed") && !zh.out.contains("plandash report"))

    let en = try report(["--region", "hechuan"], lang: "en_US.UTF-8")
    #expect(en.out.hasPrefix("plandash report — as of 2025 · region 合川区 (hechuan)"))
    #expect(en.out.contains("~ acceleration needed") && !en.out.contains("需加快"))

    // the language saved by the dashboard wins over the locale; the flag over both
    try FileManager.default.createDirectory(
      atPath: folder.path("plandash"), withIntermediateDirectories: true)
    folder.write("plandash/config", "language = en\n")
    let saved = try report(["--region", "hechuan"])
    #expect(saved.out.hasPrefix("plandash report"), "\(saved.out.prefix(80))")
    let flag = try report(["--region", "hechuan", "--lang", "zh"], lang: "en_US.UTF-8")
    #expect(flag.out.hasPrefix("督查报告 — 评估年份 2025 · 地区 合川区"))
    let bad = try report(["--lang", "fr"])
    #expect(bad.status == 2 && bad.err.contains("--lang fr: give zh or en"))
  }

  @Test func jsonKeepsEnglishCodesAndTranslatesOnlyLabels() throws {
    try run(["mark", "hechuan.measure.auto-parts", "--status", "in-progress"])
    let result = try report(["--region", "合川", "--format", "json"])
    #expect(result.status == 0, "\(result.err)")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
    #expect(object["language"] as? String == "zh")
    #expect(object["region"] as? String == "hechuan" && object["region_name"] as? String == "合川区")
    let measures = try #require(object["measures"] as? [[String: Any]])
    let parts = try #require(measures.first { $0["id"] as? String == "hechuan.measure.auto-parts" })
    #expect(
      parts["status"] as? String == "in-progress" && parts["status_label"] as? String == "进行中")
    #expect(["late", "on-schedule"].contains(parts["group"] as? String ?? ""))
    let counts = try #require(object["target_counts"] as? [String: Int])
    #expect(counts["not-assessable"] != nil && counts["不可评估"] == nil)
    let targets = try #require(object["targets"] as? [[String: Any]])
    let assessment = try #require(targets.first?["assessment"] as? [String: Any])
    #expect(assessment["status"] as? String == "not-assessable")
    #expect(assessment["status_label"] as? String == "无法评估")
  }

  @Test func aRegionByIdChineseNameOrPinyin() throws {
    let byID = try report(["--region", "hechuan"])
    #expect(byID.status == 0, "\(byID.err)")
    for name in ["合川区", "合川", "hechuan", "hc", "HeChuan", "hechuanqu"] {
      let other = try report(["--region", name])
      #expect(other.status == 0, "\(name): \(other.err)")
      #expect(other.out == byID.out, "\(name)")
    }
    // no match: one line, the closest names, no report
    let none = try report(["--region", "合州"])
    #expect(none.status == 2 && none.out.isEmpty)
    let line = none.err.trimmingCharacters(in: .whitespacesAndNewlines)
    #expect(!line.contains("\n"), "\(none.err)")
    #expect(line.contains("--region 合州：没有这个地区（最接近：") && line.contains("合川区 hechuan"))
    let english = try report(["--region", "hechaun", "--lang", "en"])
    #expect(english.err.contains("--region hechaun: no such region (closest: 合川区 hechuan"))
    // ambiguous: 成都 (cheng du) and 通城 (tong cheng) — said, not guessed
    let both = try report(["--region", "cheng"])
    #expect(both.status == 2 && both.out.isEmpty)
    #expect(both.err.contains("可指多个地区") && both.err.contains("成都市 chengdu"))
    #expect(both.err.contains("通城县 tongcheng"))
  }

  @Test func aUnitNoPlanNamesIsRefusedInTheUsersLanguage() throws {
    let zh = try report(["--unit", "区经信委"])
    #expect(zh.status != 0 && zh.out.isEmpty)
    #expect(zh.err.contains("--unit 区经信委：没有包含它的牵头/责任单位（最接近："), "\(zh.err)")
    #expect(zh.err.contains("区经济信息委"))
    let en = try report(["--unit", "区经信委"], lang: "en_US.UTF-8")
    #expect(en.err.contains("--unit 区经信委: no 牵头/责任单位 contains it (closest: "), "\(en.err)")
  }

  @Test func csvListsEachMeasureOnceWithItsUnitsAndCountsPerUnitApart() throws {
    let result = try report(["--region", "hechuan", "--format", "csv", "--lang", "en"])
    #expect(result.status == 0, "\(result.err)")
    let rows = parseCSV(result.out)
    let header = try #require(rows.first)
    let id = try #require(header.firstIndex(of: "id"))
    let section = try #require(header.firstIndex(of: "section"))
    let measures = rows.filter { $0[section] == "measure" }
    // 合川's plan has 40 measures: 40 rows, each id on exactly one row of the whole file
    #expect(measures.count == 40)
    let ids = rows.dropFirst().map { $0[id] }.filter { $0.hasPrefix("hechuan.measure.") }
    #expect(ids.count == 40 && Set(ids).count == 40)
    // 区经济信息委 leads 推进产业集群 measures and shares others: its columns, not its own rows
    let lead = try #require(header.firstIndex(of: "lead_units"))
    let responsible = try #require(header.firstIndex(of: "responsible_units"))
    let governance = try #require(
      measures.first { $0[id] == "hechuan.measure.digital-industry-governance" })
    #expect(governance[lead] == "区经济信息委")
    #expect(governance[responsible] == "区农业农村委、区商务委、区文化旅游委、区大数据发展局")
    let units = rows.filter { $0[section] == "unit-count" }
    #expect(!units.isEmpty && units.allSatisfy { $0[id].isEmpty })
  }

  @Test func finishedMeasuresApartWithTheirLatestNoteDateAndAuthor() throws {
    let done = "hechuan.measure.daily-glass"
    let noted = "hechuan.measure.general-machinery"
    try run(["mark", done, "--status", "done", "--note", "已投产", "--as", "区经济信息委"])
    try run(["mark", noted, "--status", "in-progress", "--note", "旧进展", "--as", "张三"])
    try run(["mark", noted, "--note", "用地已报批", "--as", "李四"])
    // a later status change keeps the note, and its author and date
    try run(["mark", noted, "--status", "blocked", "--as", "王五"])
    let result = try report(["--region", "合川区", "--format", "markdown"])
    #expect(result.status == 0, "\(result.err)")
    let lines = result.out.components(separatedBy: "\n")
    let finished = try #require(lines.firstIndex(of: "## 已完成的措施"))
    let doneRow = try #require(lines.firstIndex { $0.contains("| \(done) |") })
    #expect(doneRow > finished)
    #expect(lines[doneRow].contains("| 已投产 | \(today) | 区经济信息委 |"))
    #expect(lines.filter { $0.contains("| \(done) |") }.count == 1)
    let notedRow = try #require(lines.first { $0.contains("| \(noted) |") })
    #expect(notedRow.contains("| 受阻 |") && notedRow.contains("| 用地已报批 | \(today) | 李四 |"))
    let notedIndex = try #require(lines.firstIndex(of: notedRow))
    #expect(notedIndex < finished, "a measure not done is not under the finished ones")
  }

  @Test func eachTargetsBaseSaysWhetherItIsThePlansOrAnActual() throws {
    // 巴中 全市工业增加值实现倍增 names no base year and no baseline; issued 2023, so its base is
    // the 2023 actual: 500 → 1000 by 2027
    let doubling = "bazhong.target.industrial-value-added-doubling"
    try run(["actual", "set", doubling, "--year", "2023", "--value", "500"])
    try run(["actual", "set", doubling, "--year", "2025", "--value", "600"])
    let text = try report(["--region", "巴中"])
    #expect(text.status == 0, "\(text.err)")
    let row = try #require(text.out.components(separatedBy: "\n").first { $0.contains(doubling) })
    #expect(row.contains("500 (2023)") && row.contains("2023年实际值"))
    let json = try report(["--region", "bazhong", "--format", "json"])
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
    let targets = try #require(object["targets"] as? [[String: Any]])
    let item = try #require(targets.first { $0["id"] as? String == doubling })
    let assessment = try #require(item["assessment"] as? [String: Any])
    #expect(assessment["base_origin"] as? String == "actual")
    #expect(assessment["base_year"] as? Int == 2023)
    #expect(assessment["target_value"] as? Double == 1000)
    #expect(assessment["base_label"] as? String == "2023年实际值")
    // the same on screen: under its row in the Targets view
    let screen = try PlandashBinary.run(
      [
        "render", "--store", store, "--as-of", "2025", "--width", "120", "--height", "40",
        "--keys", ": region Space bazhong Enter T",
      ], environment: environment(lang: "zh_CN.UTF-8"))
    #expect(screen.status == 0, "\(screen.err)")
    let lines = screen.out.components(separatedBy: "\n")
    let index = try #require(lines.firstIndex { $0.contains("全市工业增加值") })
    #expect(lines[index + 1].contains("基期取2023年实际值"))
  }
}

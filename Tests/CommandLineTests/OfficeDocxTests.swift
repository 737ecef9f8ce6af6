import Foundation
import PlandashTestSupport
import Testing

/// `plandash report --format docx`: a 督查通报 in the GB/T 9704 layout whose figures are the
/// JSON report's, read back from the file's XML.
@Suite(.enabled(if: PlandashBinary.available, Comment(rawValue: PlandashBinary.skipReason)))
struct OfficeDocxTests {
  @Test func everyPartIsWellFormedAndTheContentTypesComeFirst() throws {
    let run = try OfficeReportRun()
    let archive = try OfficeArchive(run.docx)
    #expect(archive.parts.first == "[Content_Types].xml")
    for part in [
      "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels", "word/styles.xml",
      "word/settings.xml", "word/fontTable.xml", "word/footer1.xml", "word/footer2.xml",
      "docProps/core.xml", "docProps/app.xml",
    ] {
      #expect(archive.parts.contains(part), "\(part)")
    }
    for part in archive.parts { _ = try archive.xml(part) }
  }

  @Test func a4WithTheMarginsOfGBT9704() throws {
    let run = try OfficeReportRun()
    let body = try OfficeArchive(run.docx).xml("word/document.xml")
    let size = try #require(body.first("w:pgSz")).attributes
    #expect(size["w:w"] == "11906" && size["w:h"] == "16838")  // 210 × 297 mm
    let margins = try #require(body.first("w:pgMar")).attributes
    // 37, 35, 28 and 26 mm in twips.
    #expect(margins["w:top"] == "2098")
    #expect(margins["w:bottom"] == "1984")
    #expect(margins["w:left"] == "1587")
    #expect(margins["w:right"] == "1474")
    #expect(body.first("w:docGrid")?.attributes["w:linePitch"] == "579")
  }

  @Test func fontsAndSizesOfAGongwen() throws {
    let run = try OfficeReportRun()
    let archive = try OfficeArchive(run.docx)
    let styles = try archive.xml("word/styles.xml")
    let defaults = try #require(styles.first("w:docDefaults"))
    #expect(defaults.first("w:rFonts")?.attributes["w:eastAsia"] == "仿宋_GB2312")
    #expect(defaults.first("w:sz")?.attributes["w:val"] == "32")  // 三号 16 pt
    let spacing = try #require(defaults.first("w:spacing")).attributes
    #expect(spacing["w:lineRule"] == "exact" && spacing["w:line"] == "579")  // 28.95 pt
    #expect(defaults.first("w:lang")?.attributes["w:eastAsia"] == "zh-CN")
    func style(_ id: String) throws -> XMLTree {
      try #require(styles.all("w:style").first { $0.attributes["w:styleId"] == id }, "\(id)")
    }
    let expected: [(String, String, String)] = [
      ("DocTitle", "方正小标宋简体", "44"), ("Heading1", "黑体", "32"), ("Heading2", "楷体_GB2312", "32"),
      ("Footer", "宋体", "28"),
    ]
    for (id, font, size) in expected {
      let s = try style(id)
      #expect(s.first("w:rFonts")?.attributes["w:eastAsia"] == font, "\(id)")
      #expect(s.first("w:sz")?.attributes["w:val"] == size, "\(id)")
    }
    let faces = try archive.xml("word/fontTable.xml").all("w:font")
    func face(_ name: String) -> XMLTree? { faces.first { $0.attributes["w:name"] == name } }
    #expect(face("仿宋_GB2312")?.first("w:altName")?.attributes["w:val"] == "仿宋")
    #expect(face("仿宋")?.first("w:altName")?.attributes["w:val"] == "FangSong")
    #expect(face("仿宋_GB2312")?.first("w:charset")?.attributes["w:val"] == "86")
    #expect(face("仿宋_GB2312")?.first("w:panose1") != nil)
    #expect(face("黑体") != nil && face("楷体_GB2312") != nil && face("方正小标宋简体") != nil)
  }

  @Test func pageNumbersInTheFooterWithDashesOddRightEvenLeft() throws {
    let run = try OfficeReportRun()
    let archive = try OfficeArchive(run.docx)
    #expect(try archive.xml("word/settings.xml").first("w:evenAndOddHeaders") != nil)
    let body = try archive.xml("word/document.xml")
    let references = body.all("w:footerReference").map { $0.attributes["w:type"] ?? "" }
    #expect(Set(references) == ["default", "even"])
    for (part, side) in [("word/footer1.xml", "right"), ("word/footer2.xml", "left")] {
      let footer = try archive.xml(part)
      #expect(footer.first("w:instrText")?.text.trimmingCharacters(in: .whitespaces) == "PAGE")
      let text = footer.joinedText("w:t")
      #expect(text.hasPrefix("— ") && text.hasSuffix(" —"), "\(text)")
      #expect(footer.first("w:jc")?.attributes["w:val"] == side)
    }
  }

  @Test func titleDateAndTheSummaryInWordsMatchTheJSON() throws {
    let run = try OfficeReportRun()
    let body = try OfficeArchive(run.docx).xml("word/document.xml")
    let paragraphs = body.all("w:p").map { OfficeReportRun.text($0) }
    let title = try #require(paragraphs.first)
    #expect(title.hasPrefix("关于《") && title.hasSuffix("》落实情况的督查通报"), "\(title)")
    #expect(paragraphs.contains("（评估年份：2025年）"))
    let parts = Calendar(identifier: .gregorian).dateComponents(
      [.year, .month, .day], from: Date())
    #expect(paragraphs.last == "\(parts.year!)年\(parts.month!)月\(parts.day!)日")
    let counts = try #require(run.json["measure_counts"] as? [String: Int])
    let groups = Dictionary(grouping: run.measures, by: { $0["group"] as? String ?? "" })
    let summary = try #require(paragraphs.first { $0.hasPrefix("截至2025年") })
    #expect(summary.contains("合川区纳入督查的措施共\(counts["total"]!)项"), "\(summary)")
    #expect(summary.contains("已完成\(groups["finished"]?.count ?? 0)项"))
    #expect(summary.contains("按期推进\(groups["on-schedule"]?.count ?? 0)项"))
    #expect(summary.contains("逾期或滞后\(groups["late"]?.count ?? 0)项（其中逾期\(counts["overdue"]!)项）"))
    #expect(
      summary.contains(
        "待办\(counts["todo"]!)项、进行中\(counts["in-progress"]!)项、受阻\(counts["blocked"]!)项"))
    let targets = try #require(paragraphs.first { $0.hasPrefix("纳入评估的目标和指标共") })
    #expect(targets.hasPrefix("纳入评估的目标和指标共\(run.targets.count)项"))
    var byLabel: [String: Int] = [:]
    for target in run.targets {
      byLabel[target.at("assessment", "status_label") as? String ?? "", default: 0] += 1
    }
    for (label, count) in byLabel { #expect(targets.contains("\(label)\(count)项"), "\(label)") }
  }

  @Test func theTargetsTableIsTheJSONsTargets() throws {
    let run = try OfficeReportRun()
    let table = try #require(try run.docxTables().first)
    #expect(table[0] == ["序号", "指标", "单位", "基期", "最新", "目标", "评估"])
    let rows = Array(table.dropFirst())
    #expect(rows.count == run.targets.count)
    for (row, target) in zip(rows, run.targets) {
      #expect(row[1] == target["name"] as? String)
      #expect(row[2] == (target["figure_unit"] as? String ?? "—"))
      let a = target["assessment"] as? [String: Any] ?? [:]
      for (cell, value, year) in [
        (row[3], "base_value", "base_year"), (row[4], "latest_value", "latest_year"),
      ] {
        if let figure = OfficeReportRun.figure(cell) {
          #expect(figure.value == a[value] as? Double, "\(target["id"]!) \(value)")
          #expect(figure.year == a[year] as? Int, "\(target["id"]!) \(year)")
        } else {
          #expect(a[value] == nil || a[year] == nil, "\(target["id"]!) \(cell)")
        }
      }
      if a["base_origin"] as? String == "actual" { #expect(row[3].hasSuffix("\n实际值")) }
      #expect(row[6].hasPrefix(a["status_label"] as? String ?? "?"), "\(row[6])")
    }
  }

  @Test func theMeasuresTableListsEachMeasureOnceUnderItsHeading() throws {
    let run = try OfficeReportRun()
    let table = try run.docxTables()[1]
    #expect(table[0] == ["章节", "序号", "措施", "牵头单位", "状态", "最新进展", "序时进度"])
    let rows = Array(table.dropFirst())
    #expect(rows.count == run.measures.count)
    #expect(rows.map { $0[1] } == (1...rows.count).map(String.init))
    #expect(
      rows.map { $0[2] }.sorted() == run.measures.compactMap { $0["title"] as? String }.sorted())
    for measure in run.measures {
      let title = measure["title"] as? String ?? ""
      let row = try #require(rows.first { $0[2] == title })
      let path = measure["heading_path"] as? [String] ?? []
      #expect(row[0] == (path.isEmpty ? "（未归入章节）" : path.joined(separator: " › ")))
      let leads = measure["lead_units"] as? [String] ?? []
      #expect(row[3] == (leads.isEmpty ? "—" : leads.joined(separator: "、")))
      #expect(row[4] == measure["status_label"] as? String)
      if let note = measure.at("note", "text") as? String { #expect(row[5].hasPrefix(note)) }
      let schedule = measure["schedule"] as? [String: Any] ?? [:]
      let elapsed = String(format: "%.1f%%", (schedule["elapsed"] as? Double ?? 0) * 100)
      #expect(row[6].contains("时间" + elapsed), "\(row[6])")
      #expect(row[6].hasPrefix("逾期") == (schedule["overdue"] as? Bool == true))
    }
    // One run of rows per heading: a heading's measures stand together.
    let headings = rows.map { $0[0] }
    let runs = zip(headings, headings.dropFirst()).filter { $0 != $1 }.count + 1
    #expect(runs == Set(headings).count)
  }

  @Test func overdueAndBehindRowsAreShaded() throws {
    let run = try OfficeReportRun()
    let body = try OfficeArchive(run.docx).xml("word/document.xml")
    let table = body.all("w:tbl")[1]
    var shaded = 0
    for row in table.all("w:tr").dropFirst() {
      let cells = row.all("w:tc")
      let schedule = OfficeReportRun.text(cells[6])
      let fill = cells[6].first("w:shd")?.attributes["w:fill"]
      if schedule.hasPrefix("逾期") {
        #expect(fill == "FFC7CE")
      } else if schedule.hasPrefix("滞后") {
        #expect(fill == "FFEB9C")
      } else {
        #expect(fill == nil, "\(schedule)")
      }
      if fill != nil { shaded += 1 }
    }
    let late = run.measures.filter { $0["group"] as? String == "late" }.count
    #expect(shaded == late && late > 0)
  }

  @Test func theUnitsTableGivesEachUnitsCounts() throws {
    let run = try OfficeReportRun()
    let rows = Array(try run.docxTables()[2].dropFirst())
    #expect(rows.map { $0[0] } == run.units.compactMap { $0["unit"] as? String })
    for (row, unit) in zip(rows, run.units) {
      let counts = unit["counts"] as? [String: Int] ?? [:]
      let expected =
        [unit["lead"], unit["responsible"]].map { "\($0 as? Int ?? -1)" }
        + ["todo", "in-progress", "done", "blocked"].map { "\(counts[$0] ?? -1)" }
        + [unit["overdue"], unit["behind"]].map { "\($0 as? Int ?? -1)" }
      #expect(Array(row.dropFirst()) == expected, "\(row[0])")
    }
  }

  @Test func everyRegionWithARegionColumnAndUnitsUnderTheirRegion() throws {
    let run = try OfficeReportRun(region: nil)
    let tables = try run.docxTables()
    #expect(tables[0][0].prefix(3) == ["序号", "地区", "指标"])
    #expect(Set(tables[0].dropFirst().map { $0[1] }).isSuperset(of: ["合川区", "通城县"]))
    #expect(tables[0].count - 1 == run.targets.count)
    #expect(tables[1].count - 1 == run.measures.count)
    #expect(tables[1].dropFirst().allSatisfy { $0[0].contains("\n") })  // 地区 \n 章节
  }

  @Test func englishWhenAskedFor() throws {
    let run = try OfficeReportRun(lang: "en")
    let body = try OfficeArchive(run.docx).xml("word/document.xml")
    let paragraphs = body.all("w:p").map { OfficeReportRun.text($0) }
    #expect(paragraphs.first?.hasPrefix("Progress bulletin: ") == true)
    #expect(paragraphs.contains("1. Overview"))
    #expect(paragraphs.contains { $0.hasPrefix("As of 2025, measures under review in 合川区") })
    #expect(
      try run.docxTables()[1][0] == [
        "heading", "No.", "title", "lead units", "status", "latest note", "schedule",
      ])
  }
}

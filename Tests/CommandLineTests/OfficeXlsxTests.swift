import Foundation
import PlandashTestSupport
import Testing

/// `plandash report --format xlsx`: the 台账 workbook, read back cell by cell from its XML
/// and checked against the JSON report.
@Suite(.enabled(if: PlandashBinary.available, Comment(rawValue: PlandashBinary.skipReason)))
struct OfficeXlsxTests {
  @Test func fourSheetsEachWithTheRegionsNameFirstAFrozenHeaderAndAFilter() throws {
    let run = try OfficeReportRun()
    let book = try SpreadsheetCells(run.xlsx)
    #expect(book.sheets.map(\.name) == ["目标", "措施", "实际值", "单位汇总"])
    for sheet in book.sheets {
      #expect(sheet.header.first == "地区", "\(sheet.name)")
      #expect(sheet.rows.count > 1, "\(sheet.name)")
      #expect(sheet.column("地区").allSatisfy { $0 == "合川区" }, "\(sheet.name)")
      let pane = try #require(sheet.xml.first("pane"), "\(sheet.name)").attributes
      #expect(pane["ySplit"] == "1" && pane["state"] == "frozen", "\(sheet.name)")
      let filter = try #require(sheet.xml.first("autoFilter"), "\(sheet.name)")
      #expect(filter.attributes["ref"]?.hasPrefix("A1:") == true)
    }
  }

  @Test func columnsAreWideEnoughForTheirChineseText() throws {
    let run = try OfficeReportRun()
    let book = try SpreadsheetCells(run.xlsx)
    let sheet = try #require(book["目标"])
    let widths = sheet.xml.all("col").map { Double($0.attributes["width"] ?? "0") ?? 0 }
    let nameIndex = try #require(sheet.header.firstIndex(of: "名称"))
    // A Chinese character takes two columns: the names (up to 40) fit without wrapping.
    let widest = sheet.column("名称").map { $0.count * 2 }.max() ?? 0
    #expect(widths[nameIndex] >= Double(min(widest, 38)), "\(widths)")
    let regionWidth = widths[0]
    #expect(regionWidth >= 8 && regionWidth < 14)  // 合川区: 6 columns and a margin
  }

  @Test func figuresAreNumbersWithFormatsAndStatusesHaveColours() throws {
    let run = try OfficeReportRun()
    let book = try SpreadsheetCells(run.xlsx)
    let sheet = try #require(book["目标"])
    let latest = try #require(sheet.header.firstIndex(of: "最新值"))
    let cells = sheet.xml.all("c").filter {
      SpreadsheetCells.columnIndex($0.attributes["r"] ?? "") == latest && $0.first("v") != nil
    }
    #expect(cells.count > 1 && cells.dropFirst().allSatisfy { $0.attributes["t"] == nil })
    let styles = try book.archive.text("xl/styles.xml")
    for code in [
      "formatCode=\"0.0\"", "formatCode=\"#,##0.###\"", "FFC6EFCE", "FFFFC7CE", "FFFFEB9C",
    ] {
      #expect(styles.contains(code), "\(code)")
    }
  }

  @Test func aStackedColumnChartOfMeasuresByStatusPerUnit() throws {
    let run = try OfficeReportRun()
    let book = try SpreadsheetCells(run.xlsx)
    let chart = try book.archive.xml("xl/charts/chart1.xml")
    #expect(chart.first("c:barDir")?.attributes["val"] == "col")
    #expect(chart.first("c:grouping")?.attributes["val"] == "stacked")
    let series = chart.all("c:ser")
    #expect(series.count == 4)
    let references = series.compactMap { $0.first("c:val")?.first("c:f")?.text }
    #expect(references.allSatisfy { $0.hasPrefix("'单位汇总'!") }, "\(references)")
    let units = try #require(book["单位汇总"])
    #expect(units.xml.first("drawing") != nil)
  }

  @Test func theTargetsSheetIsTheJSONsTargets() throws {
    let run = try OfficeReportRun()
    let sheet = try #require(try SpreadsheetCells(run.xlsx)["目标"])
    #expect(sheet.rows.count - 1 == run.targets.count)
    for target in run.targets {
      let id = target["id"] as? String ?? ""
      let row = try #require(sheet.row(where: "编号", is: id), "\(id)")
      let a = target["assessment"] as? [String: Any] ?? [:]
      #expect(row["名称"] == target["name"] as? String)
      #expect(row["评估"] == a["status_label"] as? String)
      for (column, key) in [
        ("基期值", "base_value"), ("最新值", "latest_value"), ("目标值", "target_value"),
      ] {
        #expect(Double(row[column] ?? "") == a[key] as? Double, "\(id) \(column)")
      }
      for (column, key) in [
        ("基期年份", "base_year"), ("最新年份", "latest_year"), ("目标年份", "target_year"),
      ] {
        #expect(Int(row[column] ?? "") == a[key] as? Int, "\(id) \(column)")
      }
      if let ratio = a["ratio"] as? Double, ratio.isFinite {
        #expect(abs((Double(row["R(%)"] ?? "") ?? .nan) - ratio * 100) < 0.051, "\(id) R")
      }
    }
  }

  @Test func theMeasuresSheetIsTheJSONsMeasures() throws {
    let run = try OfficeReportRun()
    let sheet = try #require(try SpreadsheetCells(run.xlsx)["措施"])
    #expect(sheet.rows.count - 1 == run.measures.count)
    for measure in run.measures {
      let id = measure["id"] as? String ?? ""
      let row = try #require(sheet.row(where: "编号", is: id), "\(id)")
      #expect(row["措施"] == measure["title"] as? String)
      #expect(row["状态"] == measure["status_label"] as? String)
      #expect(row["分组"] != nil && row["分组"] != "")
      #expect(row["牵头单位"] == (measure["lead_units"] as? [String] ?? []).joined(separator: "、"))
      #expect(
        row["责任单位"] == (measure["responsible_units"] as? [String] ?? []).joined(separator: "、"))
      #expect(row["说明或进展"] == (measure.at("note", "text") as? String ?? ""))
      #expect(row["截止"] == "\(measure.at("schedule", "end_year") as? Int ?? 0)")
      let path = measure["heading_path"] as? [String] ?? []
      #expect((row["章节"] ?? "") == path.joined(separator: " › "), "\(id)")
    }
    #expect(sheet.header.prefix(3) == ["地区", "章节", "措施"])
  }

  @Test func theActualsSheetHasEachLatestFigureInItsYear() throws {
    let run = try OfficeReportRun()
    let sheet = try #require(try SpreadsheetCells(run.xlsx)["实际值"])
    #expect(sheet.header.prefix(3) == ["地区", "名称", "计量单位"])
    var checked = 0
    for target in run.targets {
      guard let year = target.at("assessment", "latest_year") as? Int,
        let value = target.at("assessment", "latest_value") as? Double,
        target.at("assessment", "method") as? String != "comparator"
      else { continue }
      let row = try #require(sheet.row(where: "编号", is: target["id"] as? String ?? ""))
      #expect(Double(row["\(year)年"] ?? "") == value, "\(target["id"]!) \(year)")
      checked += 1
    }
    #expect(checked > 3)
  }

  @Test func theUnitsSheetGivesEachUnitsCounts() throws {
    let run = try OfficeReportRun()
    let sheet = try #require(try SpreadsheetCells(run.xlsx)["单位汇总"])
    #expect(sheet.column("单位名称") == run.units.compactMap { $0["unit"] as? String })
    for unit in run.units {
      let row = try #require(sheet.row(where: "单位名称", is: unit["unit"] as? String ?? ""))
      let counts = unit["counts"] as? [String: Int] ?? [:]
      #expect(row["牵头数"] == "\(unit["lead"] as? Int ?? -1)")
      #expect(row["责任数"] == "\(unit["responsible"] as? Int ?? -1)")
      for (column, key) in [
        ("待办", "todo"), ("进行中", "in-progress"), ("已完成", "done"), ("受阻", "blocked"),
      ] {
        #expect(row[column] == "\(counts[key] ?? -1)", "\(unit["unit"]!) \(column)")
      }
      #expect(row["逾期"] == "\(unit["overdue"] as? Int ?? -1)")
      #expect(row["滞后"] == "\(unit["behind"] as? Int ?? -1)")
    }
  }

  @Test func everyRegionNamedInItsOwnRows() throws {
    let run = try OfficeReportRun(region: nil)
    let book = try SpreadsheetCells(run.xlsx)
    let regions = Set(try #require(book["目标"]).column("地区"))
    #expect(regions.isSuperset(of: ["合川区", "通城县", "成都市"]))
    #expect(Set(try #require(book["单位汇总"]).column("地区")).count > 1)
  }

  @Test func englishSheetNamesAndHeaders() throws {
    let run = try OfficeReportRun(lang: "en")
    let book = try SpreadsheetCells(run.xlsx)
    #expect(book.sheets.map(\.name) == ["Targets", "Measures", "Actuals", "Units"])
    #expect(book["Targets"]?.header.prefix(3) == ["region", "name", "assessment"])
    #expect(book["Targets"]?.column("region").first == "合川区")
  }
}

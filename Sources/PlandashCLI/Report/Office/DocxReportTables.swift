import Dashboard
import OfficeDocuments
import PlanModel

/// The bulletin's three tables, their column names taken from the text report's
/// (`ReportText`).
enum DocxReportTables {
  typealias Column = WordTable.Column

  /// 序号, (地区,) 指标, 单位, 基期, 最新, 目标, 评估.
  static func targets(_ c: DocxReport.Context) -> WordTable {
    let h = ReportText.targetHeader.map { $0(c.lang) }
    var columns = [Column(OfficeText.number(c.lang), weight: 5, alignment: .center)]
    if c.allRegions { columns.append(Column(h[1], weight: 7)) }
    columns += [
      Column(h[3], weight: 24), Column(h[4], weight: 8, alignment: .center),
      Column(h[5], weight: 12, alignment: .center), Column(h[7], weight: 11, alignment: .center),
      Column(h[8], weight: 11, alignment: .center),
      Column(OfficeText.assessment(c.lang), weight: 11, alignment: .center),
    ]
    let rows = c.report.targets.enumerated().map { index, line in
      let a = line.item.assessment
      var cells = [String(index + 1)]
      if c.allRegions { cells.append(c.regionName(line.item.regionID)) }
      let base = ReportFigures.figure(a.baseValue, year: a.baseYear)
      // The year is beside the figure: only whether it is the plan's or a recorded one.
      let origin =
        a.baseOrigin.map {
          "\n" + (c.lang == .zh ? ReportText.originWord($0) : $0.rawValue)
        } ?? ""
      cells += [
        line.item.name, line.item.figureUnit ?? ReportFigures.none, base + origin,
        ReportFigures.figure(a.latestValue, year: a.latestYear), ReportFigures.target(a),
        ReportText.status(a.status)(c.lang) + flag(line.schedule, c.lang),
      ]
      return WordTable.Row(cells, fill: DocxReport.fill(line.schedule, assessment: a.status))
    }
    return WordTable(columns: columns, rows: rows)
  }

  /// 章节 (chapter › section, merged over its measures), 序号, 措施, 牵头单位, 状态, 最新进展,
  /// 序时进度.
  static func measures(_ c: DocxReport.Context) -> WordTable {
    let h = ReportText.measureHeader.map { $0(c.lang) }
    let columns = [
      Column(ReportText.headingColumn(c.lang), weight: 17, mergesRuns: true),
      Column(OfficeText.number(c.lang), weight: 5, alignment: .center), Column(h[4], weight: 22),
      Column(h[5], weight: 12), Column(h[7], weight: 7, alignment: .center),
      Column(h[11], weight: 21),
      Column(OfficeText.schedule(c.lang), weight: 16, alignment: .center),
    ]
    let rows = byHeading(c).enumerated().map { index, entry in
      let m = entry.line
      let s = m.schedule
      let note = m.note.map { note in
        let when = [note.date, note.by].compactMap { $0 }.joined(
          separator: c.lang == .zh ? "，" : ", ")
        return note.text + (when.isEmpty ? "" : (c.lang == .zh ? "（\(when)）" : " (\(when))"))
      }
      let progress = OfficeText.schedule(
        elapsed: ReportFigures.percent(s.elapsed), done: ReportFigures.percent(s.done))(c.lang)
      let flagWord = ReportFigures.flag(s, c.lang)
      return WordTable.Row(
        [
          entry.heading, String(index + 1), m.measure.title, ReportRows.units(m.measure.leadUnits),
          ReportText.status(m.status)(c.lang), note ?? ReportFigures.none,
          (flagWord.isEmpty ? "" : flagWord + "\n") + progress,
        ], fill: DocxReport.fill(s))
    }
    return WordTable(columns: columns, rows: rows)
  }

  /// The measures under the headings they are written under (with the region's name above
  /// the heading in a report of every region): regions and headings in plan order, within a
  /// heading in the report's order (late ones first).
  static func byHeading(_ c: DocxReport.Context) -> [(
    heading: String, line: ProgressReport.MeasureLine
  )] {
    HeadingGroup.of(c.report.measures).flatMap { group in
      var heading = group.label(region: nil, c.lang)
      if c.allRegions { heading = c.regionName(group.regionID) + "\n" + heading }
      return group.lines.map { (heading, $0) }
    }
  }

  /// Each unit's counts, as the text report gives them (`ReportRows.unit`).
  static func units(_ c: DocxReport.Context) -> WordTable {
    let header = ReportRows.unitHeader(c.lang)
    let columns = header.enumerated().map { index, name in
      index == 0 ? Column(name, weight: 24) : Column(name, weight: 8, alignment: .center)
    }
    let rows = c.report.units.map { u in
      let fill =
        u.progress.overdueCount > 0
        ? DocxReport.alert : (u.progress.behindCount > 0 ? DocxReport.caution : nil)
      return WordTable.Row(ReportRows.unit(u), fill: fill)
    }
    return WordTable(columns: columns, rows: rows)
  }

  /// `（逾期）` after an assessment word where the target's schedule is overdue or behind.
  static func flag(_ s: ScheduleProgress, _ lang: Language) -> String {
    let word = ReportFigures.flag(s, lang)
    return word.isEmpty ? "" : (lang == .zh ? "（\(word)）" : " (\(word))")
  }
}

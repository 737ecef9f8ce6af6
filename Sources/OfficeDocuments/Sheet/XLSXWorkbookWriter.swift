import CLazyLibraries
import CXLSXWriter
import Foundation

/// Writes a `Workbook` as an .xlsx through libxlsxwriter: per sheet the header row frozen
/// and filtered (autofilter), the columns' widths and number formats, each cell's fill, and
/// the sheet's chart under its table.
public enum XLSXWorkbookWriter {
  /// A failure of libxlsxwriter, in its own words.
  public struct Failure: Error, CustomStringConvertible {
    public let description: String
  }

  /// Writes the workbook to a new file at `path`.
  public static func write(_ workbook: Workbook, to path: String) throws {
    guard plandash_load_libxlsxwriter() == 1 else {
      throw Failure(
        description: "libxlsxwriter is not installed (Debian package libxlsxwriter4)")
    }
    guard let book = workbook_new(path) else {
      throw Failure(description: "libxlsxwriter could not start a workbook at \(path)")
    }
    let formats = XLSXFormats(book)
    for sheet in workbook.sheets {
      guard let worksheet = workbook_add_worksheet(book, sheet.name) else {
        workbook_close(book)
        throw Failure(description: "libxlsxwriter refused the sheet name \(sheet.name)")
      }
      write(sheet, to: worksheet, formats)
      if let chart = sheet.chart { insert(chart, of: sheet, into: worksheet, book) }
    }
    let status = workbook_close(book)
    guard status == LXW_NO_ERROR else {
      throw Failure(description: String(cString: lxw_strerror(status)))
    }
  }

  static func write(
    _ sheet: Worksheet, to worksheet: UnsafeMutablePointer<lxw_worksheet>, _ formats: XLSXFormats
  ) {
    for (index, column) in sheet.columns.enumerated() {
      let col = lxw_col_t(index)
      worksheet_set_column(worksheet, col, col, column.width, nil)
      worksheet_write_string(worksheet, 0, col, column.header, formats.header)
    }
    for (rowIndex, row) in sheet.rows.enumerated() {
      let r = lxw_row_t(rowIndex + 1)
      for (index, cell) in row.enumerated() where index < sheet.columns.count {
        let column = sheet.columns[index]
        let format = formats.cell(column.format, fill: cell.fill, wraps: column.wraps)
        let c = lxw_col_t(index)
        switch cell.value {
        case .text(let text): worksheet_write_string(worksheet, r, c, text, format)
        case .number(let number): worksheet_write_number(worksheet, r, c, number, format)
        case .empty: worksheet_write_blank(worksheet, r, c, format)
        }
      }
    }
    worksheet_freeze_panes(worksheet, 1, lxw_col_t(sheet.frozenColumns))
    setUpPrinting(sheet, worksheet)
    if !sheet.columns.isEmpty {
      worksheet_autofilter(
        worksheet, 0, 0, lxw_row_t(sheet.rows.count), lxw_col_t(sheet.columns.count - 1))
    }
  }

  /// Printed on A4 landscape, the header row and the frozen columns repeated on every page.
  static func setUpPrinting(_ sheet: Worksheet, _ worksheet: UnsafeMutablePointer<lxw_worksheet>) {
    worksheet_set_landscape(worksheet)
    worksheet_set_paper(worksheet, 9)  // A4
    worksheet_set_margins(worksheet, 0.5, 0.5, 0.6, 0.6)
    worksheet_repeat_rows(worksheet, 0, 0)
    if sheet.frozenColumns > 0 {
      worksheet_repeat_columns(worksheet, 0, lxw_col_t(sheet.frozenColumns - 1))
    }
  }

  /// The chart under the table (so that it prints whole, after it), wide enough for every
  /// category.
  static func insert(
    _ spec: StackedColumnChart, of sheet: Worksheet,
    into worksheet: UnsafeMutablePointer<lxw_worksheet>,
    _ book: UnsafeMutablePointer<lxw_workbook>
  ) {
    guard !sheet.rows.isEmpty,
      let chart = workbook_add_chart(book, UInt8(LXW_CHART_COLUMN_STACKED.rawValue))
    else { return }
    let last = lxw_row_t(sheet.rows.count)
    for entry in spec.series {
      let series = chart_add_series(chart, nil, nil)
      chart_series_set_categories(
        series, sheet.name, 1, lxw_col_t(spec.categoryColumn), last, lxw_col_t(spec.categoryColumn))
      chart_series_set_values(
        series, sheet.name, 1, lxw_col_t(entry.column), last, lxw_col_t(entry.column))
      chart_series_set_name_range(series, sheet.name, 0, lxw_col_t(entry.column))
      var fill = lxw_chart_fill(color: entry.color, none: 0, transparency: 0)
      chart_series_set_fill(series, &fill)
    }
    chart_title_set_name(chart, spec.title)
    chart_axis_set_name(chart.pointee.y_axis, spec.valueAxisTitle)
    chart_legend_set_position(chart, UInt8(LXW_CHART_LEGEND_BOTTOM.rawValue))
    var options = lxw_chart_options()
    // 480 × 288 pixels by default: a column at least 24 pixels wide for each category.
    options.x_scale = max(1.5, Double(sheet.rows.count) * 24 / 480)
    options.y_scale = 1.6
    worksheet_insert_chart_opt(worksheet, last + 2, 0, chart, &options)
  }
}

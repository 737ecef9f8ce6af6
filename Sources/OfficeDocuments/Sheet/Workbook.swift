/// A workbook as the report builds it: sheets of one header row and rows of cells, each
/// column with its number format and width, a cell's fill for its status, and a native
/// stacked column chart on a sheet. `XLSXWorkbookWriter` writes it; it knows nothing of
/// plans.
public struct Workbook: Sendable {
  public var sheets: [Worksheet]

  public init(sheets: [Worksheet]) { self.sheets = sheets }
}

public struct Worksheet: Sendable {
  public var name: String
  public var columns: [SheetColumn]
  public var rows: [[SheetCell]]
  /// Columns kept in view when scrolling sideways and repeated on every printed page (the
  /// header row always is).
  public var frozenColumns: Int
  public var chart: StackedColumnChart?

  public init(
    name: String, columns: [SheetColumn], rows: [[SheetCell]], frozenColumns: Int = 0,
    chart: StackedColumnChart? = nil
  ) {
    self.name = name
    self.columns = columns
    self.rows = rows
    self.frozenColumns = frozenColumns
    self.chart = chart
  }

  /// Sets each column's width to fit its header and cells as `measure` sizes text (in
  /// character cells: a Chinese character counts two), between 6 and `maximum`; a column of
  /// wider text wraps.
  public mutating func fitWidths(maximum: Int = 40, measure: (String) -> Int) {
    for index in columns.indices {
      var widest = measure(columns[index].header)
      for row in rows where index < row.count {
        widest = max(widest, measure(row[index].text(columns[index].format)))
      }
      columns[index].width = Double(min(max(widest + 2, 6), maximum))
      columns[index].wraps = widest + 2 > maximum
    }
  }
}

public struct SheetColumn: Sendable {
  public enum Format: Sendable {
    case text
    /// Whole numbers: counts.
    case integer
    /// Years: no thousands separator.
    case year
    /// Figures as recorded: thousands separated, up to three decimals.
    case figure
    /// Numbers of percent to one decimal (`73.4`).
    case percent

    /// Excel's number format code.
    public var code: String {
      switch self {
      case .text: "@"
      case .integer, .year: "0"
      case .figure: "#,##0.###"
      case .percent: "0.0"
      }
    }
  }

  public var header: String
  public var format: Format
  /// In Excel's units (the width of a `0`); set by `Worksheet.fitWidths`.
  public var width: Double
  public var wraps: Bool

  public init(_ header: String, format: Format = .text, width: Double = 10, wraps: Bool = false) {
    self.header = header
    self.format = format
    self.width = width
    self.wraps = wraps
  }
}

public struct SheetCell: Sendable, Equatable {
  public enum Value: Sendable, Equatable {
    case text(String)
    case number(Double)
    case empty
  }

  public var value: Value
  public var fill: CellFill?

  public init(_ value: Value, fill: CellFill? = nil) {
    self.value = value
    self.fill = fill
  }

  public static func text(_ text: String, fill: CellFill? = nil) -> SheetCell {
    SheetCell(text.isEmpty ? .empty : .text(text), fill: fill)
  }

  /// A number, or an empty cell where there is none.
  public static func number(_ value: Double?, fill: CellFill? = nil) -> SheetCell {
    SheetCell(value.map { $0.isFinite ? .number($0) : .empty } ?? .empty, fill: fill)
  }

  /// The cell as it reads, for fitting widths.
  func text(_ format: SheetColumn.Format) -> String {
    switch value {
    case .text(let text): text
    case .number(let number):
      format == .percent ? String(format: "%.1f", number) : String(format: "%g", number)
    case .empty: ""
    }
  }
}

/// A status colour: Excel's own good, neutral and bad cell styles, and a grey for
/// what has not begun.
public enum CellFill: String, Sendable, CaseIterable {
  case good, neutral, bad, idle

  /// Background and text colours, `0xRRGGBB`.
  var colors: (background: UInt32, font: UInt32) {
    switch self {
    case .good: (0xC6EFCE, 0x006100)
    case .neutral: (0xFFEB9C, 0x9C5700)
    case .bad: (0xFFC7CE, 0x9C0006)
    case .idle: (0xEDEDED, 0x404040)
    }
  }
}

/// A native stacked column chart of a sheet's rows: one column per row (its category in
/// `categoryColumn`), one coloured stack per series column.
public struct StackedColumnChart: Sendable {
  public struct Series: Sendable {
    public var column: Int
    public var color: UInt32

    public init(column: Int, color: UInt32) {
      self.column = column
      self.color = color
    }
  }

  public var title: String
  public var categoryColumn: Int
  public var series: [Series]
  public var valueAxisTitle: String

  public init(title: String, categoryColumn: Int, series: [Series], valueAxisTitle: String) {
    self.title = title
    self.categoryColumn = categoryColumn
    self.series = series
    self.valueAxisTitle = valueAxisTitle
  }
}

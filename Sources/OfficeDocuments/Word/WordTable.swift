/// A table of the document: a header row repeated on every page, then rows of text. A row
/// may be shaded (overdue, behind); a column may merge runs of equal cells into one
/// (the unit a group of measures belongs to).
public struct WordTable: Sendable, Equatable {
  public enum Alignment: String, Sendable {
    case left = "left"
    case center = "center"
    case right = "right"
  }

  public struct Column: Sendable, Equatable {
    public var header: String
    /// The column's share of the text width, relative to the other columns'.
    public var weight: Int
    public var alignment: Alignment
    /// Runs of equal cells in this column are merged into one (vertically).
    public var mergesRuns: Bool

    public init(
      _ header: String, weight: Int, alignment: Alignment = .left, mergesRuns: Bool = false
    ) {
      self.header = header
      self.weight = weight
      self.alignment = alignment
      self.mergesRuns = mergesRuns
    }
  }

  public struct Row: Sendable, Equatable {
    public var cells: [String]
    /// A background colour (`RRGGBB`) for the row's cells, or nil.
    public var fill: String?

    public init(_ cells: [String], fill: String? = nil) {
      self.cells = cells
      self.fill = fill
    }
  }

  public var columns: [Column]
  public var rows: [Row]

  public init(columns: [Column], rows: [Row]) {
    self.columns = columns
    self.rows = rows
  }
}

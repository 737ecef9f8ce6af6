/// One terminal cell. A wide character occupies its cell (width 2) and the next one, which
/// holds an empty continuation (width 0). Text is one printable grapheme, already sanitised.
public struct Cell: Hashable, Sendable {
  public var text: String
  /// 1 for a narrow character, 2 for the first cell of a wide one, 0 for a continuation.
  public var width: UInt8
  public var style: CellStyle

  @inlinable
  public init(text: String = " ", width: UInt8 = 1, style: CellStyle = .normal) {
    self.text = text
    self.width = width
    self.style = style
  }

  public static let blank = Cell()
  @inlinable
  public static func continuation(_ style: CellStyle) -> Cell {
    Cell(text: "", width: 0, style: style)
  }
}

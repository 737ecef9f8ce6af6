/// One printable grapheme with its display width (1 or 2), ready to go into a cell.
public struct Glyph: Hashable, Sendable {
  public var text: String
  public var width: Int

  public init(_ text: String, width: Int) {
    self.text = text
    self.width = width
  }

  public static let space = Glyph(" ", width: 1)
}

extension Array where Element == Glyph {
  /// The total display width.
  public var displayWidth: Int { reduce(0) { $0 + $1.width } }
  /// The glyphs joined back into text.
  public var text: String { map(\.text).joined() }
}

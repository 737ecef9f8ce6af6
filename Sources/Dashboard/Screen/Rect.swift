/// A rectangle of cells on screen.
public struct Rect: Hashable, Sendable {
  public var x: Int
  public var y: Int
  public var width: Int
  public var height: Int

  public init(x: Int, y: Int, width: Int, height: Int) {
    self.x = x
    self.y = y
    self.width = max(0, width)
    self.height = max(0, height)
  }

  public var maxX: Int { x + width }
  public var maxY: Int { y + height }
  public var isEmpty: Bool { width <= 0 || height <= 0 }

  /// The rectangle inside a one-cell border.
  public var inner: Rect { Rect(x: x + 1, y: y + 1, width: width - 2, height: height - 2) }

  /// Splits off the top `rows` rows.
  public func splitTop(_ rows: Int) -> (top: Rect, rest: Rect) {
    let r = min(max(0, rows), height)
    return (
      Rect(x: x, y: y, width: width, height: r),
      Rect(x: x, y: y + r, width: width, height: height - r)
    )
  }

  /// Splits off the left `columns` columns.
  public func splitLeft(_ columns: Int) -> (left: Rect, rest: Rect) {
    let c = min(max(0, columns), width)
    return (
      Rect(x: x, y: y, width: c, height: height),
      Rect(x: x + c, y: y, width: width - c, height: height)
    )
  }
}

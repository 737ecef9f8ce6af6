/// A grid of cells the views draw into: everything the user sees, testable without a terminal.
/// Terminal backends diff two buffers and send only what changed.
public struct CellBuffer: Hashable, Sendable {
  public private(set) var width: Int
  public private(set) var height: Int
  /// The cells row by row; `self[x, y]` is `cells[y * width + x]`.
  public var cells: [Cell] { storage }
  /// Open to inlined code so that the subscript and `contains` can be inlined: the
  /// dashboard draws through them cell by cell, from another module.
  @usableFromInline var storage: [Cell]

  public init(width: Int, height: Int) {
    self.width = max(0, width)
    self.height = max(0, height)
    self.storage = Array(repeating: .blank, count: self.width * self.height)
  }

  @inlinable
  public subscript(x: Int, y: Int) -> Cell {
    get { storage[y * width + x] }
    set { storage[y * width + x] = newValue }
  }

  @inlinable
  public func contains(x: Int, y: Int) -> Bool { x >= 0 && y >= 0 && x < width && y < height }

  /// Row `y` as plain text: wide characters once, continuations skipped.
  public func rowText(_ y: Int) -> String {
    var text = ""
    for x in 0..<width {
      let cell = self[x, y]
      if cell.width != 0 { text += cell.text }
    }
    return text
  }

  /// The whole screen as plain text, one line per row.
  public var lines: [String] { (0..<height).map(rowText) }
}

/// Where the terminal should put its cursor (an input method shows its candidates there).
public struct CursorPosition: Hashable, Sendable {
  public var x: Int
  public var y: Int

  public init(x: Int, y: Int) {
    self.x = x
    self.y = y
  }
}

/// The colours and attributes a theme gives one style role.
public struct RoleColors: Hashable, Sendable {
  public var foreground: ThemeColor
  public var background: ThemeColor
  public var bold: Bool
  public var reverse: Bool
  public var underline: Bool

  public init(
    foreground: ThemeColor = .terminalDefault, background: ThemeColor = .terminalDefault,
    bold: Bool = false, reverse: Bool = false, underline: Bool = false
  ) {
    self.foreground = foreground
    self.background = background
    self.bold = bold
    self.reverse = reverse
    self.underline = underline
  }
}

/// The look of one cell: a semantic role plus text attributes.
public struct CellStyle: Hashable, Sendable {
  public var role: StyleRole
  public var bold: Bool
  public var reverse: Bool
  public var underline: Bool
  public var dim: Bool

  @inlinable
  public init(
    _ role: StyleRole = .normal, bold: Bool = false, reverse: Bool = false,
    underline: Bool = false, dim: Bool = false
  ) {
    self.role = role
    self.bold = bold
    self.reverse = reverse
    self.underline = underline
    self.dim = dim
  }

  public static let normal = CellStyle()
}

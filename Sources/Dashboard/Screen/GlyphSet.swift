/// The drawing characters: borders, bars, ellipsis and status symbols. `.unicode` is the
/// default; `.ascii` (`--ascii`) uses plain ASCII for borders and bars; `.cjkWide`
/// (`--cjk-wide`) is ASCII too and also replaces every ambiguous-width character in text.
public struct GlyphSet: Hashable, Sendable {
  public var horizontal: String
  public var vertical: String
  public var topLeft: String
  public var topRight: String
  public var bottomLeft: String
  public var bottomRight: String
  public var barFilled: String
  public var barEmpty: String
  public var ellipsis: String
  public var breadcrumbSeparator: String
  public var openField: String
  public var selectedMark: String
  public var cursorMark: String
  /// Before a closed heading of the Measures outline, and before an open one.
  public var folded: String
  public var unfolded: String
  /// True when text must be kept free of East Asian ambiguous characters.
  public var cjkWide: Bool

  public static let unicode = GlyphSet(
    horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└",
    bottomRight: "┘", barFilled: "█", barEmpty: "░", ellipsis: "…", breadcrumbSeparator: " › ",
    openField: "—", selectedMark: "✚", cursorMark: "▸", folded: "▸", unfolded: "▾",
    cjkWide: false)

  public static let ascii = GlyphSet(
    horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+",
    bottomRight: "+", barFilled: "#", barEmpty: ".", ellipsis: "…", breadcrumbSeparator: " > ",
    openField: "—", selectedMark: "+", cursorMark: ">", folded: "+", unfolded: "-",
    cjkWide: false)

  public static let cjkWide = GlyphSet(
    horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+",
    bottomRight: "+", barFilled: "#", barEmpty: ".", ellipsis: "~", breadcrumbSeparator: " > ",
    openField: "-", selectedMark: "+", cursorMark: ">", folded: "+", unfolded: "-",
    cjkWide: true)

  /// The set for the given flags: `cjkWide` wins over `ascii`.
  public static func forFlags(ascii: Bool, cjkWide: Bool) -> GlyphSet {
    cjkWide ? .cjkWide : (ascii ? .ascii : .unicode)
  }

  /// True for `.unicode`; the ASCII sets draw status symbols in ASCII too.
  public var usesUnicodeSymbols: Bool { !cjkWide && horizontal != "-" }
}

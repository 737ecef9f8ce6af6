/// A colour as a theme file writes it: `#RRGGBB`, a 0–255 index, or `default` (the
/// terminal's own colour).
public enum ThemeColor: Hashable, Sendable {
  case terminalDefault
  case indexed(UInt8)
  case rgb(UInt8, UInt8, UInt8)
}

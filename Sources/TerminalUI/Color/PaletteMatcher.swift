import ScreenCore

/// Turns theme colours into colour numbers a terminal of a given mode understands: exact
/// RGB for direct colour, else the nearest entry of the xterm 256-colour palette, else the
/// nearest of the eight ANSI colours. `nil` means the terminal's default colour.
public enum PaletteMatcher {
  /// The colour number for `color` in `mode`; nil for the terminal default (curses -1).
  public static func colorNumber(_ color: ThemeColor, mode: ColorMode) -> Int32? {
    switch (color, mode) {
    case (.terminalDefault, _), (_, .none):
      return nil
    case (.rgb(let r, let g, let b), .direct):
      return directNumber(r, g, b)
    case (.indexed(let index), .direct):
      let (r, g, b) = rgb(ofIndex: index)
      return directNumber(r, g, b)
    case (.rgb(let r, let g, let b), .palette256):
      return Int32(nearest256(r, g, b))
    case (.indexed(let index), .palette256):
      return Int32(index)
    case (.rgb(let r, let g, let b), .basic8):
      return Int32(nearest8(r, g, b))
    case (.indexed(let index), .basic8):
      if index < 8 { return Int32(index) }
      if index < 16 { return Int32(index - 8) }
      let (r, g, b) = rgb(ofIndex: index)
      return Int32(nearest8(r, g, b))
    }
  }

  /// The packed 0xRRGGBB number a direct-colour entry takes. Direct entries send numbers
  /// below 8 (or 16) as the ANSI colours, whose look the user's palette decides, so the
  /// near-blacks 0x000000…0x00000F become 0x000010 — a difference no eye sees.
  static func directNumber(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> Int32 {
    max(Int32(r) << 16 | Int32(g) << 8 | Int32(b), 16)
  }

  /// The colour the xterm palette shows for an index (the 16 system colours as xterm's
  /// defaults; terminals vary there, which is why matching never picks them for RGB).
  public static func rgb(ofIndex index: UInt8) -> (UInt8, UInt8, UInt8) {
    switch index {
    case 0..<16:
      return systemColors[Int(index)]
    case 16..<232:
      let n = Int(index) - 16
      return (cubeLevels[n / 36], cubeLevels[(n / 6) % 6], cubeLevels[n % 6])
    default:
      let level = UInt8(8 + 10 * (Int(index) - 232))
      return (level, level, level)
    }
  }

  /// The nearest index among the 6×6×6 cube and the grey ramp (16–255).
  public static func nearest256(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> UInt8 {
    var best: UInt8 = 16
    var bestDistance = Int.max
    for index in 16...255 {
      let candidate = rgb(ofIndex: UInt8(index))
      let d = distance((r, g, b), candidate)
      if d < bestDistance {
        bestDistance = d
        best = UInt8(index)
      }
    }
    return best
  }

  /// The nearest of the eight ANSI colours (0 black … 7 white).
  public static func nearest8(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> UInt8 {
    var best: UInt8 = 0
    var bestDistance = Int.max
    for index in 0..<8 {
      let d = distance((r, g, b), systemColors[index])
      if d < bestDistance {
        bestDistance = d
        best = UInt8(index)
      }
    }
    return best
  }

  /// A cheap perceptual distance ("redmean" weighting), squared.
  static func distance(_ a: (UInt8, UInt8, UInt8), _ b: (UInt8, UInt8, UInt8)) -> Int {
    let meanRed = (Int(a.0) + Int(b.0)) / 2
    let dr = Int(a.0) - Int(b.0)
    let dg = Int(a.1) - Int(b.1)
    let db = Int(a.2) - Int(b.2)
    // Swift's `>>` binds tighter than `*`: the products are parenthesised on purpose.
    return (((512 + meanRed) * dr * dr) >> 8) + 4 * dg * dg + (((767 - meanRed) * db * db) >> 8)
  }

  static let cubeLevels: [UInt8] = [0, 95, 135, 175, 215, 255]

  static let systemColors: [(UInt8, UInt8, UInt8)] = [
    (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0),
    (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
    (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0),
    (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
  ]
}

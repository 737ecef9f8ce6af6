/// Nearest palette colours for terminals without truecolor: the xterm 256-colour cube and
/// greys, or the 8 basic colours.
public enum ColorApproximation {
  /// The nearest xterm-256 index (16–255) to an RGB colour.
  public static func nearest256(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> UInt8 {
    let levels = [0, 95, 135, 175, 215, 255]
    func nearestLevel(_ v: Int) -> Int {
      levels.indices.min { abs(levels[$0] - v) < abs(levels[$1] - v) }!
    }
    let (ri, gi, bi) = (nearestLevel(Int(r)), nearestLevel(Int(g)), nearestLevel(Int(b)))
    let cube = (levels[ri], levels[gi], levels[bi])
    let cubeIndex = 16 + 36 * ri + 6 * gi + bi
    let mean = (Int(r) + Int(g) + Int(b)) / 3
    let greyStep = min(23, max(0, (mean - 8 + 5) / 10))
    let grey = 8 + 10 * greyStep
    func distance(_ c: (Int, Int, Int)) -> Int {
      let dr = c.0 - Int(r)
      let dg = c.1 - Int(g)
      let db = c.2 - Int(b)
      return dr * dr + dg * dg + db * db
    }
    return distance((grey, grey, grey)) < distance(cube) ? UInt8(232 + greyStep) : UInt8(cubeIndex)
  }

  /// The nearest of the 8 basic colours (0 black … 7 white).
  public static func nearest8(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> UInt8 {
    let basics: [(Int, Int, Int)] = [
      (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205),
      (229, 229, 229),
    ]
    let best = basics.indices.min { a, c in
      func d(_ p: (Int, Int, Int)) -> Int {
        let dr = p.0 - Int(r)
        let dg = p.1 - Int(g)
        let db = p.2 - Int(b)
        return dr * dr + dg * dg + db * db
      }
      return d(basics[a]) < d(basics[c])
    }!
    return UInt8(best)
  }
}

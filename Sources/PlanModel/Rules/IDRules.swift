/// What a hand-written id must look like: `hechuan.cluster.auto-parts`.
public enum IDRules {
  /// Lower-case ASCII letters and digits, `-` inside a part, dot-separated, two parts at least.
  public static func isWellFormed(_ id: String) -> Bool {
    let parts = id.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count >= 2 else { return false }
    for part in parts {
      guard let first = part.utf8.first, let last = part.utf8.last,
        first != UInt8(ascii: "-"), last != UInt8(ascii: "-")
      else { return false }
      var previousDash = false
      for byte in part.utf8 {
        let isDash = byte == UInt8(ascii: "-")
        let ok =
          (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
          || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || isDash
        if !ok || (isDash && previousDash) { return false }
        previousDash = isDash
      }
    }
    return true
  }

  /// A region id: one part of the same alphabet.
  public static func isWellFormedRegionID(_ id: String) -> Bool {
    !id.isEmpty && !id.contains(".") && isWellFormed(id + ".x")
  }

  /// True when `id` belongs to the region: it starts with `region.`.
  public static func belongs(_ id: String, toRegion region: String) -> Bool {
    id.hasPrefix(region + ".")
  }
}

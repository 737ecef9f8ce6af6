/// What a hand-written id must look like: `hechuan.cluster.auto-parts`.
public enum IDRules {
  /// Lower-case ASCII letters and digits, `-` inside a part, dot-separated, two parts at least.
  /// One pass over the bytes, no allocation: it runs for every id of every load.
  public static func isWellFormed(_ id: String) -> Bool {
    let dot = UInt8(ascii: ".")
    let dash = UInt8(ascii: "-")
    var parts = 1
    var partLength = 0
    var previous: UInt8 = dot
    for byte in id.utf8 {
      if byte == dot {
        guard partLength > 0, previous != dash else { return false }
        parts += 1
        partLength = 0
      } else if byte == dash {
        guard partLength > 0, previous != dash else { return false }
        partLength += 1
      } else if (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
        || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
      {
        partLength += 1
      } else {
        return false
      }
      previous = byte
    }
    return parts >= 2 && partLength > 0 && previous != dash
  }

  /// A region id: one part of the same alphabet.
  public static func isWellFormedRegionID(_ id: String) -> Bool {
    !id.isEmpty && !id.contains(".") && isWellFormed(id + ".x")
  }

  /// True when `id` belongs to the region: it starts with `region.`.
  public static func belongs(_ id: String, toRegion region: String) -> Bool {
    // Byte comparison: ids are ASCII, and String.hasPrefix would compare Unicode-canonically.
    let idBytes = id.utf8
    let regionBytes = region.utf8
    guard idBytes.count > regionBytes.count, idBytes.starts(with: regionBytes) else { return false }
    return idBytes[idBytes.index(idBytes.startIndex, offsetBy: regionBytes.count)]
      == UInt8(ascii: ".")
  }
}

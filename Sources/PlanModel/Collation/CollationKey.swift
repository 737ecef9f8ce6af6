/// A precomputed sort key for plan text (see `PlanTextCollation`). Keys compare by their
/// weights first, then by the original text's code points, so two different texts never tie
/// and equal texts keep whatever order a stable sort gives them.
public struct CollationKey: Comparable, Hashable, Sendable {
  /// Primary weights, compared lexicographically (a shorter prefix sorts first).
  let weights: [UInt64]
  /// The text the key was made from: the tie-breaker, by UTF-8 bytes (code point order).
  public let text: String

  public static func < (a: CollationKey, b: CollationKey) -> Bool {
    let count = min(a.weights.count, b.weights.count)
    var k = 0
    while k < count {
      let x = a.weights[k]
      let y = b.weights[k]
      if x != y { return x < y }
      k += 1
    }
    if a.weights.count != b.weights.count { return a.weights.count < b.weights.count }
    return a.text.utf8.lexicographicallyPrecedes(b.text.utf8)
  }
}

/// Levenshtein distance over Unicode scalars, for suggesting the closest known id.
public enum EditDistance {
  public static func between(_ a: String, _ b: String) -> Int {
    let x = Array(a.unicodeScalars)
    let y = Array(b.unicodeScalars)
    if x.isEmpty { return y.count }
    if y.isEmpty { return x.count }
    var previous = Array(0...y.count)
    var current = [Int](repeating: 0, count: y.count + 1)
    for i in 1...x.count {
      current[0] = i
      for j in 1...y.count {
        let cost = x[i - 1] == y[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      }
      swap(&previous, &current)
    }
    return previous[y.count]
  }

  /// The `limit` candidates closest to `text`, nearest first (ties in alphabetical order),
  /// for "did you mean" messages.
  public static func closest<S: Sequence<String>>(
    to text: String, among candidates: S, limit: Int = 3
  )
    -> [String]
  {
    let scored = candidates.map { ($0, between($0, text)) }
    return scored.sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }.prefix(limit).map(\.0)
  }

  /// How many characters of `a` appear, in order, in `b` (the longest common subsequence):
  /// an abbreviation such as 区经信委 shares four with 区经济信息委 and two with 区商务委.
  public static func sharedInOrder(_ a: String, _ b: String) -> Int {
    let x = Array(a.unicodeScalars)
    let y = Array(b.unicodeScalars)
    guard !x.isEmpty, !y.isEmpty else { return 0 }
    var previous = [Int](repeating: 0, count: y.count + 1)
    var current = previous
    for i in 1...x.count {
      for j in 1...y.count {
        current[j] = x[i - 1] == y[j - 1] ? previous[j - 1] + 1 : max(previous[j], current[j - 1])
      }
      swap(&previous, &current)
    }
    return previous[y.count]
  }

  /// The `limit` names closest to `text` for a name that may be abbreviated (a unit such as
  /// 区经信委): most characters shared in order first, then the edit distance, then by name.
  public static func closestNames<S: Sequence<String>>(
    to text: String, among candidates: S, limit: Int = 3
  ) -> [String] {
    let scored = candidates.map { ($0, -sharedInOrder(text, $0), between($0, text)) }
    return scored.sorted { ($0.1, $0.2, $0.0) < ($1.1, $1.2, $1.0) }.prefix(limit).map(\.0)
  }
}

/// Names in a list that must be told apart when cut to a column: rows whose names share a
/// beginning (规模以上工业企业营业收入, 规模以上工业企业研发投入, 规模以上工业企业研发投入强度)
/// would all read `规模以上工业企业…` when cut at the end. A name too wide for the column
/// that shares its beginning with another drops that beginning behind a leading ellipsis
/// instead, keeping the part that tells it apart (`…研发投入强度 %`). Names that fit, or
/// share nothing, are left for the usual cut at the end.
enum DistinctNames {
  static func fitted(_ names: [String], width: Int, ellipsis: String) -> [String] {
    let characters = names.map { Array($0) }
    let mark = DisplayWidth.of(ellipsis)
    return names.indices.map { i in
      let name = characters[i]
      guard width > mark + 1, DisplayWidth.of(names[i]) > width else { return names[i] }
      let shared =
        names.indices.lazy.filter { $0 != i }
        .map { commonPrefixLength(name, characters[$0]) }.max() ?? 0
      guard shared >= 2 else { return names[i] }
      // The longest end that fits after the ellipsis, when it reaches back to where the
      // name parts from the others (or the name is the shared beginning itself).
      let tail = longestTail(name, width: width - mark)
      if tail.start <= shared || shared >= name.count { return ellipsis + tail.text }
      // Otherwise from where it parts, cut at the end as usual by the drawing.
      return ellipsis + String(name[max(0, shared - 1)...])
    }
  }

  private static func commonPrefixLength(_ a: [Character], _ b: [Character]) -> Int {
    var n = 0
    while n < a.count, n < b.count, a[n] == b[n] { n += 1 }
    return n
  }

  /// The longest end of `name` no wider than `width`, and where it starts.
  private static func longestTail(_ name: [Character], width: Int) -> (start: Int, text: String) {
    var used = 0
    var start = name.count
    while start > 0 {
      let next = DisplayWidth.of(String(name[start - 1]))
      if used + next > width { break }
      used += next
      start -= 1
    }
    return (start, String(name[start...]))
  }
}

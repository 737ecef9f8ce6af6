/// How long a heading's title reads: a quoted name in it counts as one word, however long
/// (`构建“科技型中小企业—高新技术企业—专精特新中小企业—专精特新‘小巨人’企业”梯度培育体系`, a
/// run-in task titled with the chain it builds, reads as `构建“…”梯度培育体系`). A quote too long
/// to be a name (a sentence quoted) counts whole.
enum HeadingTitleLength {
  /// The length a quoted name counts for.
  static let quotedNameLength = 4
  /// The longest quote read as a name.
  static let longestName = 60

  /// The title's length, a quoted name counted as `quotedNameLength`.
  static func length(of title: String) -> Int {
    var length = 0
    var quoted = 0
    var depth = 0
    for character in title {
      if character == "“" {
        depth += 1
        if depth == 1 { quoted = 0 }
        continue
      }
      if character == "”", depth > 0 {
        depth -= 1
        if depth == 0 {
          length += quoted <= longestName ? min(quoted, quotedNameLength) : quoted
        }
        continue
      }
      if depth > 0 { quoted += 1 } else { length += 1 }
    }
    return length + (depth > 0 ? quoted : 0)
  }
}

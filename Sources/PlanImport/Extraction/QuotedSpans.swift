/// A title without the names it quotes: a 任务分工表 writes a task short, leaving out the chain
/// or programme its body's title quotes (`构建梯度培育体系` for `构建“A—B—C”梯度培育体系`,
/// `实施行动` for `实施“三个一批”行动`), so the row is matched by the title so shortened.
enum QuotedSpans {
  /// The title with every quoted span and its marks left out.
  static func dropped(_ title: String) -> String {
    var kept = ""
    var depth = 0
    for character in title {
      if character == "“" {
        depth += 1
      } else if character == "”", depth > 0 {
        depth -= 1
      } else if depth == 0 {
        kept.append(character)
      }
    }
    return kept
  }
}

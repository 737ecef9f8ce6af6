/// A ladder written as a progression from one tier to the next ones:
/// `推动科技型中小企业向高新技术企业、专精特新中小企业、专精特新“小巨人”企业逐级跃升`,
/// `引导企业由规上企业向瞪羚企业、独角兽企业梯次成长`. Every step is an enterprise tier, three
/// or more in all, and a verb of rising closes the list; `推动传统产业向高端化、智能化转型`
/// names no tier and is none.
enum LadderProgressions {
  /// Where the first tier starts: after the last of these before `向`.
  static let openers = ["推动", "引导", "促进", "支持", "鼓励", "带动", "助推", "由", "从"]
  /// Verbs of rising that close the list (`逐级跃升`, `梯次成长`, `加快升级`).
  static let risingVerbs = ["跃升", "升级", "晋级", "迈进", "攀升", "成长", "递进", "发展"]
  static let longestClosing = 6

  static func steps(in clause: Substring) -> [String]? {
    guard let toward = clause.textRange(of: "向") else { return nil }
    let before = clause[..<toward.lowerBound]
    let start = openers.compactMap { before.textRange(of: $0, backwards: true)?.upperBound }.max()
    let first = PlanTextCharacters.trimmed(before[(start ?? before.startIndex)...])
    var names = MetricText.splitNames(String(clause[toward.upperBound...]), at: "、和及")
    guard var last = names.popLast(),
      let end = LadderLists.enterpriseEnds.compactMap({ last.textRange(of: $0, backwards: true) })
        .map(\.upperBound).max()
    else { return nil }
    let closing = last[end...]
    guard closing.count <= longestClosing, risingVerbs.contains(where: closing.contains) else {
      return nil
    }
    last = String(last[..<end])
    let steps = [first] + names + [last]
    guard steps.count >= 3, steps.allSatisfy(LadderPhrasings.isWholeTier) else { return nil }
    return steps
  }
}

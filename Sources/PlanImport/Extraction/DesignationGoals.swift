import PlanModel

/// A title the region is to win by a year of its own, with no number: `力争到2028年成功创建国家
/// 新型工业化产业示范基地(装备制造)`, `到2027年创成省级绿色制造示范园区` — the designation, won
/// (a count, up; the bracketed field after its name dropped). A designation is named from its
/// level (`国家`, `省级`) to what it is (`基地`, `示范区`, `园区`); a clause that names no level,
/// or a year borrowed from elsewhere, is none.
enum DesignationGoals {
  /// The verbs of winning a title, longest first.
  static let verbs = ["成功创建", "成功创成", "成功获批", "创建成为", "创建", "创成", "争创", "获批"]
  /// The levels a designation's name opens with.
  static let levels = ["国家级", "国家", "全国", "省级", "全省"]
  /// What a designation is.
  static let kinds = ["基地", "示范区", "园区", "示范园", "示范县", "示范市", "城市", "先行区", "试验区", "集群"]

  static func goal(_ clause: Substring, context: SentenceContext) -> GoalCandidate? {
    guard context.yearIsOwn, NumberUnitParser.figures(in: clause).isEmpty else { return nil }
    let text = PlanTextCharacters.trimmed(clause)[...]
    guard let verb = verbs.lazy.compactMap({ text.textRange(of: $0) }).first else { return nil }
    var name = text[verb.upperBound...]
    // `示范基地(装备制造)`: the field a designation is won in, no part of its name.
    if name.last == ")", let open = name.lastIndex(of: "(") { name = name[..<open] }
    guard levels.contains(where: name.hasPrefix), kinds.contains(where: name.hasSuffix),
      (6...30).contains(name.count), !name.contains("一批")
    else { return nil }
    var candidate = QualitativeGoalPatterns.make(
      name + "创建", direction: .up, clause: clause, context: context)
    candidate.goal.kind = .count
    return candidate
  }
}

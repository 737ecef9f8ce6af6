/// Words before a tier's name that make the enterprises counted candidates for the tier, not
/// the tier's own (`潜在独角兽企业`, `准独角兽企业`, `种子独角兽企业`, `拟上市企业`, `后备上市企业`):
/// a count of them counts no step named by the tier alone (`独角兽企业`, `上市企业`) — only a step
/// that names the candidates itself (`潜在独角兽企业` in `瞪羚企业—潜在独角兽企业—独角兽企业`),
/// which a count names exactly.
enum CandidateTierWords {
  static let words = ["潜在", "准", "种子", "拟", "后备"]

  /// Whether `metric` names the step `step` only after a candidate word (`潜在` + `独角兽企业`).
  static func namesCandidates(_ metric: String, of step: String) -> Bool {
    guard metric.count > step.count, metric.hasSuffix(step) else { return false }
    let before = metric.dropLast(step.count)
    return words.contains(where: before.hasSuffix)
  }
}

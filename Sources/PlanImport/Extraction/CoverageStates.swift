/// A coverage a task puts in place as a state (`对规上工业企业实行包联服务全覆盖`, `实施重点用能企业
/// 节能诊断全覆盖`): 100%, with no year where the sentence names none. Not an action's name
/// (`实施…全覆盖行动`), nor work pushed on (`推动…全覆盖`, no state named), nor a practice's
/// quoted name (`实行“回头看”全覆盖`).
enum CoverageStates {
  /// Verbs that put a state in place.
  static let verbs = ["实行", "实施"]
  static let coverage = "全覆盖"

  /// True when the clause puts a coverage in place as a state (100%).
  static func isState(_ clause: Substring) -> Bool {
    let text = PlanTextCharacters.trimmed(clause)
    guard text.hasSuffix(coverage) else { return false }
    let head = text.dropLast(coverage.count)
    guard let verb = verbs.compactMap({ head.textRange(of: $0, backwards: true) }).first,
      head[verb.upperBound...].count >= 2
    else { return false }
    return head.last != "”"
  }
}

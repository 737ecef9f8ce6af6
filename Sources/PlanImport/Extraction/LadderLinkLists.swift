/// A quoted list of upgrades that a grading word closes, the links not joining one to the next
/// (`深化“个转企、小升规、规改股、股上市”四级梯度培育`): each upgrade — a short name, a verb of
/// rising, a short name — is a step, named as written, in order. Links that join
/// (`“小升规、规升高、高升专、专升巨”`) name tiers (`LadderUpgrades`); a list of upgrades no grading
/// word closes (`推进个转企、小升规、规改股、股上市`) is a list of reforms, no ladder.
enum LadderLinkLists {
  static let fewestSteps = 3

  static func steps(in clause: Substring) -> [String]? {
    LadderPhrasings.quotedNames(in: clause, fewest: fewestSteps, where: isLink)
  }

  /// `个转企`, `小升规`: three characters, a verb of rising between two short names.
  static func isLink(_ name: String) -> Bool {
    let chars = Array(name)
    return chars.count == 3 && LadderUpgrades.verbs.contains(chars[1])
      && PlanTextCharacters.isHan(chars[0]) && PlanTextCharacters.isHan(chars[2])
  }

  /// The step a count's metric names by what its enterprises rise to: `企业上市` for `股上市`,
  /// `小微企业升规` for `小升规` — the link's verb and end closing the metric, after an enterprise
  /// word.
  static func step(for metric: String, among steps: [String]) -> String? {
    let matching = steps.filter { step in
      guard isLink(step) else { return false }
      let end = String(step.suffix(2))
      guard metric.hasSuffix(end) else { return false }
      let before = metric.dropLast(end.count)
      return before.hasSuffix("企业") || before.hasSuffix("公司")
    }
    return matching.count == 1 ? matching.first : nil
  }
}

/// A count that names a ladder's step with a qualifier the step's name leaves out — a note in
/// brackets (`上市(挂牌)企业达到6家` for the step `上市企业`), a level before the tier
/// (`省级以上制造业单项冠军(示范企业和单项冠军产品)累计达到6个` for the step `制造业单项冠军企业`) —
/// is that step's count, and the step is filed under the count's name (without the words of
/// counting and the note that explains it: `上市(挂牌)企业`, `省级以上制造业单项冠军`), the name
/// the plan counts it by.
enum QualifiedStepNames {
  /// The shortest tier a level-qualified name may end with, without its `企业`.
  static let shortestCore = 4

  /// The text without its notes in brackets of either width (`单项冠军(产品)` → `单项冠军`).
  static func withoutNotes(_ text: String) -> String {
    var result = ""
    var depth = 0
    for character in text {
      if "(（".contains(character) {
        depth += 1
      } else if ")）".contains(character), depth > 0 {
        depth -= 1
      } else if depth == 0 {
        result.append(character)
      }
    }
    return result
  }

  /// The step of `steps` whose tier (without its closing `企业`) ends the metric with a level or
  /// qualifier before it: `省级以上制造业单项冠军` → `制造业单项冠军企业`; one step alone.
  static func step(for plain: String, among steps: [String], plainStep: (String) -> String)
    -> String?
  {
    let matching = Set(steps).filter { step in
      let name = plainStep(step)
      guard name.hasSuffix("企业") else { return false }
      let core = String(name.dropLast(2))
      return core.count >= shortestCore && LadderLists.isTier(core) && plain.hasSuffix(core)
    }
    return matching.count == 1 ? matching.first : nil
  }

  /// The name to file a counted step under when the count names it with a qualifier the step's
  /// name does not hold: the count's metric without the words of counting before it.
  static func fileName(step: String, metric: String) -> String? {
    var name = Substring(metric)
    while let word = LadderCounts.countingWords.first(where: name.hasPrefix) {
      name = name.dropFirst(word.count)
    }
    // `独角兽(含潜在独角兽)企业`: what the name takes in besides itself is no qualifier.
    name = Substring(InclusionNotes.without(String(name)))
    let counted = RestatedChains.plain(String(name))
    let stepName = RestatedChains.plain(step)
    guard !counted.contains(stepName) else { return nil }
    // `全县规上工业企业` for the step `规上企业`: the count names the tier in full (`规上工业企业`).
    var full = counted
    if let place = StartingIndustry.regionPrefixes.first(where: full.hasPrefix) {
      full.removeFirst(place.count)
    }
    if full.replacingOccurrences(of: "工业企业", with: "企业") == stepName { return full }
    let bare = withoutNotes(counted)
    if bare.hasSuffix(stepName) { return withoutExplainingNote(String(name)) }
    guard stepName.hasSuffix("企业") else { return nil }
    let core = String(stepName.dropLast(2))
    guard core.count >= shortestCore, bare.hasSuffix(core) else { return nil }
    return withoutExplainingNote(String(name))
  }

  /// A closing note that explains what the name counts (`单项冠军(示范企业和单项冠军产品)`) is no
  /// part of it; a note inside the name (`上市(挂牌)企业`) is.
  static func withoutExplainingNote(_ name: String) -> String {
    guard let last = name.last, ")）".contains(last),
      let open = name.lastIndex(where: { "(（".contains($0) })
    else { return name }
    return String(name[..<open])
  }
}

/// Units named in a closing sentence in two more ways than `UnitSentences` reads:
/// - the units a lead works with, opened by `会同` and closed by a verb of carrying out
///   (`由A牵头,会同B、C组织实施。`: A leads, B and C are responsible, as with `B、C配合`);
/// - units charged by their duties alone, without `由` or a lead (`A、B按职责分工负责。`,
///   `A、B、C按照各自职责抓好落实。`): all responsible, every name an office's.
enum JoinedPartners {
  /// Words that open the units a lead works with.
  static let joiningWords = ["会同", "联合"]
  /// Verbs that close them: carrying the work out together.
  static let carryingVerbs = [
    "组织实施", "共同实施", "推进实施", "抓好落实", "组织落实", "推进落实", "共同推进", "共同落实", "协同推进", "推进",
    "实施", "落实",
  ]
  /// Verbs that charge units by their duties.
  static let dutyVerbs = [
    "按职责分工负责", "按职责分工落实", "按照职责分工负责", "按照职责分工抓好落实", "按职责抓好落实",
    "按照各自职责抓好落实", "按各自职责抓好落实", "按照各自职责负责", "按职责负责", "分工负责",
  ]

  /// The names in `会同B、C组织实施`, or nil when the part is not that.
  static func partners(_ part: Substring) -> Substring? {
    guard let word = joiningWords.first(where: part.hasPrefix),
      let verb = carryingVerbs.first(where: part.hasSuffix)
    else { return nil }
    let names = part.dropFirst(word.count).dropLast(verb.count)
    guard (2...80).contains(names.count),
      !names.contains(where: { PlanTextCharacters.isDigit($0) || ",;:。".contains($0) })
    else { return nil }
    return names
  }

  /// How the office that writes (a reply, a report) names itself.
  static let writers = ["我们", "我局", "我委", "我办", "我厅", "本局", "本委"]

  /// `我们将会同县人社局建立…`: the units the writing office works with, responsible; the writer
  /// is named by no unit there. The names run from `会同` to the last unit's end before the verb.
  static func writerPartners(_ clause: Substring) -> Substring? {
    let text = PlanTextCharacters.trimmed(clause)[...]
    guard let writer = writers.first(where: text.hasPrefix) else { return nil }
    var rest = text.dropFirst(writer.count)
    if rest.hasPrefix("将") { rest = rest.dropFirst() }
    guard let word = joiningWords.first(where: rest.hasPrefix) else { return nil }
    rest = rest.dropFirst(word.count)
    // Every place a unit's name may end at, with all names before it units'.
    let ends = rest.indices.map { rest.index(after: $0) }.filter { end in
      let names = UnitNotes.splitUnits(rest[..<end])
      return rest[rest.index(before: end)] != "、" && !names.isEmpty
        && names.allSatisfy(UnitClauses.isUnit) && (end == rest.endIndex || rest[end] != "、")
    }
    // The last of a run of ends a few characters apart (`市发展改革委员会`, not `市发展改革委`).
    guard var end = ends.first else { return nil }
    for next in ends.dropFirst() where rest.distance(from: end, to: next) <= 2 { end = next }
    return rest[..<end]
  }

  /// `A、B按职责分工负责`: the responsible units, when every name is an office's.
  static func charged(_ sentence: Substring) -> [(label: String, names: Substring)] {
    guard !sentence.contains("由"), let verb = dutyVerbs.first(where: sentence.hasSuffix) else {
      return []
    }
    var names = sentence.dropLast(verb.count)
    if names.last == "要" { names = names.dropLast() }
    let units = UnitNotes.splitUnits(names)
    guard !units.isEmpty,
      units.allSatisfy({ name in
        name.count <= 24 && UnitSentences.officeEnds.contains(where: name.hasSuffix)
      })
    else { return [] }
    return [("责任单位", names)]
  }
}

/// The units a measure names, from its inline note in any of the ways plans punctuate it:
/// `(牵头单位:县经信局;责任单位:县科技局、县商务局等)`, half-width `(牵头单位:…;…)`,
/// `(责任单位:…)`, `配合单位`, `牵头部门`, `责任部门`, `责任领导`, a bureau's own offices
/// (`(牵头科室:A科;配合科室:B科、C科)`, `牵头处室`), labels parted by `;`, `,` or
/// nothing; a unit's own brackets kept whole (`各县(市、区)人民政府`); a closing 等 is dropped
/// from the last name (it says the list goes on, it is no part of a name).
struct UnitNotes: Hashable {
  var lead: [String] = []
  var responsible: [String] = []

  var isEmpty: Bool { lead.isEmpty && responsible.isEmpty }

  /// Labels of the lead, checked before the others (`牵头责任单位`, `主要责任单位` lead though they
  /// end as a responsible unit's label does).
  static let leadLabels = [
    "牵头单位", "牵头部门", "主责单位", "主责部门", "主办单位", "主办部门", "牵头科室", "牵头处室", "主责科室", "主责处室",
    "牵头责任单位", "主要责任单位", "第一责任单位", "牵头",
  ]
  /// Labels of the others: those responsible and every word offices use for the units that
  /// work with the lead (`协同单位`, `协办单位`, `协作部门`, `参与单位`, `配合科室` …).
  static let responsibleLabels = [
    "责任单位", "责任部门", "配合单位", "配合部门", "协办单位", "协办部门", "协同单位", "协同部门", "协作单位",
    "协作部门", "参与单位", "参与部门", "支持单位", "责任科室", "责任处室", "配合科室", "配合处室", "协同科室",
    "协同处室", "协办科室", "协办处室", "责任主体", "配合", "协同", "协办",
  ]

  /// The notes in every bracketed group of the paragraph that holds a label and a colon, and
  /// in a last sentence that is a note without brackets (`…。责任单位:A、B`).
  /// `proseCalls`: whether units charged in the prose (`UnitClauses`) count — not in a chapter
  /// of 保障措施 (`SupportSections`).
  static func read(_ written: String, proseCalls: Bool = true) -> UnitNotes {
    // `【牵头单位】A`, `牵头单位为A`: read as `牵头单位:A` (`NoteLabelForms`).
    let paragraph = NoteLabelForms.normalized(written)
    var notes = UnitNotes()
    for group in bracketGroups(paragraph) + [trailingNote(paragraph)].compactMap({ $0 }) {
      notes.add(labelledParts(group))
    }
    notes.add(UnitSentences.parts(paragraph))
    if notes.isEmpty, let group = closingBracketGroup(paragraph) {
      notes.add(UnitSentences.parts(ofBracket: group))
    }
    if notes.isEmpty, proseCalls { notes.add(UnitClauses.parts(paragraph)) }
    return notes
  }

  /// A paragraph that is only a note (`链长:…;牵头单位:A;配合单位:B、C。` on its own line under
  /// a heading): its units, or nil for a paragraph saying anything else.
  static func line(_ paragraph: String) -> UnitNotes? {
    let trimmed = PlanTextCharacters.trimmed(NoteLabelForms.normalized(paragraph))[...]
    // `(责任单位:A、B)` on its own line: the same note in brackets (`BracketedNoteLines`).
    let text = BracketedNoteLines.inside(trimmed) ?? trimmed
    guard startsWithLabel(text), !text.dropLast().contains("。") else { return nil }
    var notes = UnitNotes()
    notes.add(labelledParts(text))
    return notes.isEmpty ? nil : notes
  }

  /// These notes with a later line's (`牵头单位:A` then `责任单位:B、C`): the roles each names
  /// together when no role is named twice; else the later line's alone.
  func completed(by later: UnitNotes) -> UnitNotes {
    guard lead.isEmpty || later.lead.isEmpty, responsible.isEmpty || later.responsible.isEmpty
    else { return later }
    return UnitNotes(lead: lead + later.lead, responsible: responsible + later.responsible)
  }

  mutating func add(_ parts: [(label: String, names: Substring)]) {
    for part in parts {
      let names = Self.splitUnits(part.names)
      if Self.leadLabels.contains(where: part.label.hasSuffix) {
        lead += names
      } else if Self.responsibleLabels.contains(where: part.label.hasSuffix) {
        // `责任单位:A(牵头),B、C`: A leads (`UnitLeadMarks`).
        let sorted = UnitLeadMarks.leadsMoved(lead: [], responsible: names)
        lead += sorted.lead
        responsible += sorted.responsible
      }
    }
  }

  /// The paragraph's last sentence when it opens with a unit label and its colon.
  private static func trailingNote(_ paragraph: String) -> Substring? {
    var body = paragraph[...]
    if body.last == "。" { body = body.dropLast() }
    guard let stop = body.lastIndex(of: "。") else { return nil }
    let last = PlanTextCharacters.trimmed(body[body.index(after: stop)...])[...]
    // `(牵头单位:A。责任单位:B)`: the end of a bracketed note, read with its brackets.
    let opened = last.filter(noteOpening.contains).count
    guard last.filter(noteClosing.contains).count <= opened else { return nil }
    return startsWithLabel(last) ? last : nil
  }

  /// True when the text opens with a label and its colon (`链长:`, `牵头单位:`) and one of its
  /// labels names lead or responsible units.
  private static func startsWithLabel(_ text: Substring) -> Bool {
    let label = text.prefix(while: PlanTextCharacters.isHan)
    guard (2...6).contains(label.count), text[label.endIndex...].first == ":" else { return false }
    return labelledParts(text).contains { part in
      (leadLabels + responsibleLabels).contains(where: part.label.hasSuffix)
    }
  }

  /// Each `label:` of a note and the names after it, up to the next label — whatever stands
  /// between them (`;`, `,`, a space or nothing: `(责任单位:A,配合单位:B、C)`). A label is the
  /// run of characters before its colon back to the last punctuation or space.
  static func labelledParts(_ group: Substring) -> [(label: String, names: Substring)] {
    var marks: [(labelStart: String.Index, colon: String.Index)] = []
    for colon in group.indices where group[colon] == ":" || group[colon] == "\u{FF1A}" {
      var start = colon
      while start > group.startIndex {
        let previous = group.index(before: start)
        guard PlanTextCharacters.isHan(group[previous]) || group[previous].isLetter else { break }
        start = previous
      }
      marks.append((start, colon))
    }
    return marks.indices.map { index in
      let end = index + 1 < marks.count ? marks[index + 1].labelStart : group.endIndex
      let names = group[group.index(after: marks[index].colon)..<end]
      return (String(group[marks[index].labelStart..<marks[index].colon]), names)
    }
  }

  /// Bracketed groups that name units: `牵头单位:` or `责任单位:` inside, in round brackets,
  /// `【…】` or square brackets (`〔…〕`, `[…]`). Brackets nest: a unit's own brackets (`各县(市、区)人民政府`) stay inside the note.
  private static func bracketGroups(_ paragraph: String) -> [Substring] {
    var groups: [Substring] = []
    var opened: [String.Index] = []
    for index in paragraph.indices {
      let c = paragraph[index]
      if noteOpening.contains(c) {
        opened.append(paragraph.index(after: index))
      } else if noteClosing.contains(c), let start = opened.popLast() {
        let inside = paragraph[start..<index]
        if (leadLabels + responsibleLabels).contains(where: inside.contains),
          inside.contains(":") || inside.contains("\u{FF1A}")
        {
          groups.append(inside)
        }
      }
    }
    return groups
  }

  /// The bracketed group that closes the paragraph (before a last `。`), however it reads.
  private static func closingBracketGroup(_ paragraph: String) -> Substring? {
    var body = PlanTextCharacters.trimmed(paragraph)[...]
    if body.last == "。" { body = body.dropLast() }
    guard let last = body.last, noteClosing.contains(last) else { return nil }
    var depth = 0
    for index in body.indices.reversed() {
      if noteClosing.contains(body[index]) { depth += 1 }
      if noteOpening.contains(body[index]) {
        depth -= 1
        if depth == 0 { return body[body.index(after: index)..<body.index(before: body.endIndex)] }
      }
    }
    return nil
  }

  /// The brackets a note stands in: round, `【…】`, and the square ones (`〔…〕`, `[…]`, `［…］`).
  static let noteOpening = PlanTextCharacters.openingBrackets.union(["【", "〔", "[", "［", "〖"])
  static let noteClosing = PlanTextCharacters.closingBrackets.union(["】", "〕", "]", "］", "〗"])

  /// The names of a list of units, split at `、` `,` `;` `/` and line breaks outside brackets.
  /// Brackets a unit's name may hold a list in (`各县(市、区)人民政府`, `各县〔市、区〕人民政府`,
  /// `各县〈市、区〉政府`): every kind a plan writes the places in.
  static let unitOpenings = PlanTextCharacters.openingBrackets.union([
    "〔", "[", "【", "［", "〈", "<", "〖", "｛", "{",
  ])
  static let unitClosings = PlanTextCharacters.closingBrackets.union([
    "〕", "]", "】", "］", "〉", ">", "〗", "｝", "}",
  ])

  static func splitUnits(_ text: Substring) -> [String] {
    var names: [String] = []
    var current = ""
    var depth = 0
    for c in text {
      if unitOpenings.contains(c) { depth += 1 }
      if unitClosings.contains(c) { depth = max(0, depth - 1) }
      if depth == 0, "、,\u{FF0C};\u{FF1B}。\n/\u{FF0F}".contains(c) {
        names.append(PlanTextCharacters.trimmed(Substring(current)))
        current = ""
      } else {
        current.append(c)
      }
    }
    names.append(PlanTextCharacters.trimmed(Substring(current)))
    names = names.filter { !$0.isEmpty }
    if var last = names.last, last.hasSuffix("等"), last.count > 1 {
      last.removeLast()
      names[names.count - 1] = last
    }
    return PlaceListUnits.joined(sharingGovernment(names))
  }

  /// Places listed before one government share it (`A市、B市人民政府` → `A市人民政府`,
  /// `B市人民政府`): a bare place name (`X市` `X县` `X区`, five characters at most) right
  /// before another place's `人民政府` (or a run of such) is that place's government.
  static func sharingGovernment(_ names: [String]) -> [String] {
    let government = "人民政府"
    var shared = names
    var index = names.count - 2
    while index >= 0 {
      let next = shared[index + 1]
      if next.hasSuffix(government), isBarePlace(String(next.dropLast(government.count))),
        isBarePlace(shared[index])
      {
        shared[index] += government
      }
      index -= 1
    }
    return shared
  }

  /// `X市`, `X县`, `X区` (a level `RegionGuess` knows): a place's name alone, two to five
  /// characters.
  static func isBarePlace(_ name: String) -> Bool {
    guard let last = name.last else { return false }
    return (2...5).contains(name.count) && RegionGuess.levels[last] != nil
      && !name.contains("(") && !name.hasPrefix("各")
  }
}

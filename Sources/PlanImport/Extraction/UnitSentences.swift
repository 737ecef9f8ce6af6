/// A measure's units named in a sentence of their own rather than a labelled note:
/// `本条由A负责。` (A the responsible unit), `本条由A牵头,B、C配合。` (A leads, B and C are
/// responsible), `此项工作由A负责,B参与。` (A, charged before its partners, leads: `ChargedLeads`), or only
/// `由A牵头,B配合。`, and a bracketed note in the same words without `由` (`(A、B按职责分工负责)`,
/// `(A负责,B配合)`) — the sentence opens with the
/// clause's subject (`本条`, `本项`, `此项工作` …, or nothing) and `由`, and says nothing but who
/// leads and who works with them: a verb of leading or of being responsible closes each part.
enum UnitSentences {
  /// What the sentence opens with before `由`: the article, item or work it is about.
  static let subjects = [
    "本条", "本项", "本款", "本点", "本措施", "本条措施", "本项措施", "本政策", "本条政策", "本项政策", "此项", "此项工作",
    "本项工作", "该项", "该项工作", "上述工作", "以上工作", "这项工作", "这项任务", "此项任务", "本项任务", "",
  ]
  /// The verb closing the first part: leading, or being responsible alone.
  /// `(A、B按职责分工牵头,C配合)`: units leading each by its own duties lead, without those words;
  /// `X主责` leads too.
  static let leadVerbs = [
    "按照职责分工牵头", "按职责分工牵头", "按各自职责牵头", "按职责牵头", "分别牵头", "共同牵头", "牵头负责", "牵头落实",
    "牵头实施", "牵头", "主责",
  ]
  static let ownVerbs = [
    "按职责分工负责", "按职责分工落实", "按职责负责", "分工负责", "负责落实", "负责实施", "具体负责", "共同负责", "负责",
  ]
  /// The verb closing the second part: working with the first.
  static let partnerVerbs = ["配合落实", "配合实施", "共同落实", "配合", "参与", "协同", "协助", "协办"]

  /// The labelled parts (`牵头单位` or `责任单位` and the names) each such sentence of the
  /// paragraph gives.
  static func parts(_ paragraph: String) -> [(label: String, names: Substring)] {
    let sentences = paragraph.split(separator: "。")
    let found = sentences.flatMap { sentence in
      parts(ofSentence: PlanTextCharacters.trimmed(sentence)[...])
    }
    guard found.isEmpty, let last = sentences.last else { return found }
    return bareParts(ofSentence: PlanTextCharacters.trimmed(last)[...])
  }

  /// How an office's name ends, for a closing sentence without `由`.
  static let officeEnds = [
    "局", "委", "办", "厅", "中心", "政府", "办事处", "管委会", "委员会", "公司", "部", "院", "所", "会",
  ]

  /// `A牵头,B、C配合。` closing the paragraph without `由`: read only when it names both who
  /// leads and who works with them, every name an office's (`龙头企业牵头,中小企业配合` is none).
  static func bareParts(ofSentence sentence: Substring) -> [(label: String, names: Substring)] {
    guard !sentence.contains("由") else { return [] }
    // `A、B按职责分工负责。`: units charged by their duties alone.
    let charged = JoinedPartners.charged(sentence)
    if !charged.isEmpty { return charged }
    let found = parts(ofBody: sentence)
    guard found.count == 2,
      found.allSatisfy({ part in
        UnitNotes.splitUnits(part.names).allSatisfy { name in
          officeEnds.contains(where: name.hasSuffix)
        }
      })
    else { return [] }
    return found
  }

  private static func parts(ofSentence sentence: Substring) -> [(label: String, names: Substring)] {
    guard
      let subject = subjects.first(where: { sentence.hasPrefix($0 + "由") })
    else { return [] }
    return parts(ofBody: sentence.dropFirst(subject.count + 1))
  }

  /// The units a bracketed note written as a clause names, without labels or `由`:
  /// `(A、B按职责分工负责)`, `(A负责)`, `(A负责,B配合)`, `(A牵头,B、C配合)`.
  static func parts(ofBracket group: Substring) -> [(label: String, names: Substring)] {
    // Not a clause about who does what (`(由企业自主负责)`, `(2026年底前完成)`).
    guard !group.contains(":"), !group.contains("由"),
      !group.contains(where: PlanTextCharacters.isDigit)
    else { return [] }
    return parts(ofBody: PlanTextCharacters.trimmed(group)[...])
  }

  /// `A牵头,B配合` / `A负责,B配合` / `A负责`: who leads, who is responsible. A part closed by
  /// `牵头` (or `主责`) names the lead; one closed by `负责` alone names responsible units (as a
  /// `责任单位` label does), but the lead when units working with it follow (`ChargedLeads`).
  static func parts(ofBody body: Substring) -> [(label: String, names: Substring)] {
    let stop = ChargedLeads.firstStop(in: body)
    let first = body[..<(stop ?? body.endIndex)]
    let second = stop.map { body[body.index(after: $0)...] }
    var partnerPart: [(label: String, names: Substring)] = []
    if let second {
      guard
        let partner = names(second, closedBy: partnerVerbs + ownVerbs)
          ?? JoinedPartners.partners(second)
      else { return [] }
      partnerPart = [("责任单位", partner)]
    }
    if let lead = names(first, closedBy: leadVerbs) {
      return [("牵头单位", lead)] + partnerPart
    }
    guard let own = names(first, closedBy: ownVerbs) else { return [] }
    let label = !partnerPart.isEmpty && ChargedLeads.leads(first) ? "牵头单位" : "责任单位"
    return [(label, own)] + partnerPart
  }

  /// The names before a closing verb, when the part is only names and that verb.
  private static func names(_ part: Substring, closedBy verbs: [String]) -> Substring? {
    guard let verb = verbs.first(where: part.hasSuffix) else { return nil }
    let names = part.dropLast(verb.count)
    guard (2...80).contains(names.count), !names.contains(":"),
      UnitNotes.splitUnits(names).allSatisfy({ $0.count <= 24 })
    else { return nil }
    return names
  }
}

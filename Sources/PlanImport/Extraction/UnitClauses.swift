/// A measure's units charged in its prose, with neither a note nor a sentence of their own
/// (`UnitSentences`): a clause `由A牵头` and the clause after it (`…制度,由A牵头,B分工负责,每季度
/// 调度一次`: A leads, B is responsible), and clauses opened by units and `要` (`A要牵头建立…,B、C
/// 要主动靠前服务`: A leads, B and C are responsible; `D要开设…`: D is responsible). Read only
/// where the paragraph names its units in no other way; a name counts as a unit's when it opens
/// with a level of government or `各` and ends as a unit's name does (`局` `委` `室` `中心` …).
enum UnitClauses {
  static let levels: [Character] = ["省", "市", "州", "盟", "县", "区", "旗", "镇", "乡", "各"]
  static let ends = TaskColumnLines.unitEnds + ["室", "联", "社", "小组", "部门", "单位"]
  /// Names of everyone at once, not of units (`各地各部门要…`, `各责任部门要制定…`).
  static let everyone = ["各地", "各级", "各部门", "各单位", "各有关", "各责任", "各相关", "各职能", "各成员"]

  static func parts(_ paragraph: String) -> [(label: String, names: Substring)] {
    var found: [(label: String, names: Substring)] = []
    for sentence in SentenceSegmenter.sentences(of: paragraph) {
      let clauses = SentenceSegmenter.clauses(of: sentence).map {
        PlanTextCharacters.trimmed($0)[...]
      }
      for (index, clause) in clauses.enumerated() {
        if let body = ledBody(clause) {
          let next = index + 1 < clauses.count ? clauses[index + 1] : nil
          let pair = next.map { UnitSentences.parts(ofBody: (body + "," + $0)[...]) } ?? []
          // `由A牵头,B定期通报进展`: the next clause says what B does, not that it works with A.
          found += pair.count == 2 ? pair : next == nil ? UnitSentences.parts(ofBody: body) : []
        } else if let (names, leads) = charged(clause) {
          found.append((leads ? "牵头单位" : "责任单位", names))
        } else if let names = JoinedPartners.writerPartners(clause) {
          found.append(("责任单位", names))
        }
      }
    }
    return found
  }

  /// The rest of a clause `由A牵头` (or `这项工作由A牵头`) after its `由`.
  static func ledBody(_ clause: Substring) -> Substring? {
    guard let subject = UnitSentences.subjects.first(where: { clause.hasPrefix($0 + "由") })
    else { return nil }
    return clause.dropFirst(subject.count + 1)
  }

  /// The units opening a clause `A、B要…`, and whether they are to lead (`要牵头`).
  static func charged(_ clause: Substring) -> (names: Substring, leads: Bool)? {
    guard let verb = clause.textRange(of: "要") else { return nil }
    let names = clause[..<verb.lowerBound]
    let units = UnitNotes.splitUnits(names)
    guard !units.isEmpty, units.allSatisfy(isUnit),
      !units.contains(where: UnitRoleNames.isRoleCall), !units.contains(where: UnitCalls.isCall)
    else { return nil }
    return (names, clause[verb.upperBound...].hasPrefix("牵头"))
  }

  /// A name a unit of government has: its level first, a unit's ending last.
  static func isUnit(_ name: String) -> Bool {
    guard (3...20).contains(name.count), let first = name.first, levels.contains(first),
      !everyone.contains(where: name.hasPrefix)
    else { return false }
    if ends.contains(where: name.hasSuffix) { return true }
    // `县经信局(县中小企业局)`: a unit with its other name; not places alone (`各县(市、区)`).
    guard name.hasSuffix(")"), let open = name.lastIndex(of: "(") else { return false }
    return ends.contains(where: name[..<open].hasSuffix)
  }
}

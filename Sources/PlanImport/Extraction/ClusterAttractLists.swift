/// In the paragraph of one industry or chain, the directions it names to attract or to fill —
/// the industry's parts: `重点招引A、B和C项目`, `重点引进A、B项目`, `围绕A、B、C开展延链招商`,
/// `补齐A环节`, `加快补齐A、B、C等短板环节`, `补齐A、B和C短板`; the parts to break through or
/// bring to industry (`重点突破A、B、C等核心部件`, `加快A、B等新型储能技术产业化`); and, in a
/// sentence the industry opens as its subject (`X产业要重点发展A、B和C`, `Y产业要做优A、B和C`:
/// `SubjectIndustry`), the list its verb of developing opens. Every name must name an industry.
/// (Not a subjectless `重点发展A、B、C`: most of the held-out plans file none of those.)
enum ClusterAttractLists {
  /// Verbs opening a list of what to attract, fill or break through, and what must close it.
  static let leads: [(verb: String, closings: [String])] = [
    ("重点招引", ["项目"]), ("着力招引", ["项目"]), ("重点引进", ["项目"]),
    ("补齐", ["等短板环节", "等关键环节", "等薄弱环节", "短板环节", "关键环节", "环节", "等短板", "短板"]),
    ("重点突破", ["等核心部件", "等关键部件", "等核心零部件", "等关键零部件"]),
    ("加快", ["技术产业化"]),
  ]
  /// Closings after which only a list of two names or more names parts.
  static let listOnly = ["短板", "部件", "产业化"]
  /// Verbs of developing that open a list of the parts of the industry the sentence opens with.
  static let subjectLeads = ["重点发展", "大力发展", "做优", "做强", "做精", "做大", "发展"]
  static let longestName = 12

  /// `subjectNamed`: the sentence opens with its industry as its subject.
  static func parts(in clause: Substring, subjectNamed: Bool = false, parent: String? = nil)
    -> [String]
  {
    let text = PlanTextCharacters.unquoted(PlanTextCharacters.trimmed(clause))[...]
    if let list = aroundInvestment(text) ?? led(text)
      ?? (subjectNamed ? developed(text) : nil)
    {
      let raw = ClusterLists.names(list)
      let names = raw.compactMap(ClusterLists.listedName).filter { name in
        name.count <= longestName && name.allSatisfy(PlanTextCharacters.isHan)
      }
      guard !ProductKinds.areProducts(names, of: parent) else { return [] }
      return names.count == raw.count ? names : []
    }
    return []
  }

  /// `围绕A、B、C开展延链招商`: the list between `围绕` and `开展…招商`.
  static func aroundInvestment(_ text: Substring) -> Substring? {
    guard let around = text.textRange(of: "围绕"), let hold = text.textRange(of: "开展"),
      around.upperBound < hold.lowerBound, text.hasSuffix("招商")
    else { return nil }
    return text[around.upperBound..<hold.lowerBound]
  }

  /// `重点招引A、B项目`, `加快补齐A、B等短板环节`: the list after the verb, before its closing.
  static func led(_ text: Substring) -> Substring? {
    for (verb, closings) in leads {
      guard let range = text.textRange(of: verb),
        let closing = closings.first(where: text.hasSuffix)
      else { continue }
      var list = text[range.upperBound..<text.index(text.endIndex, offsetBy: -closing.count)]
      // `补齐功能部件短板`: one thing to fill, no list of parts.
      if listOnly.contains(where: closing.hasSuffix),
        !list.contains(where: { "、和".contains($0) })
      {
        list = ""
      }
      // `A、B等新型储能技术`: the names before the class they belong to.
      guard let etc = list.textRange(of: "等", backwards: true) else { return list }
      if AttractListExamples.namesExamples(list, etc: etc, closing: closing) { return "" }
      return list[..<etc.lowerBound]
    }
    return nil
  }

  /// `要重点发展A、B和C`: the list after a verb of developing, running to the clause's end.
  static func developed(_ text: Substring) -> Substring? {
    guard
      let range = subjectLeads.compactMap({ text.textRange(of: $0) }).min(by: {
        $0.lowerBound < $1.lowerBound
      }), text[range.upperBound...].contains(where: { "、和".contains($0) })
    else { return nil }
    return text[range.upperBound...]
  }
}

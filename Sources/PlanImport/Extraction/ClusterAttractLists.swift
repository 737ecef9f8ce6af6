/// In the paragraph of one industry or chain, the directions it names to attract or to fill —
/// the industry's parts: `重点招引A、B和C项目`, `重点引进A、B项目`, `围绕A、B、C开展延链招商`,
/// `补齐A环节`, `加快补齐A、B、C等短板环节`. Every name must name an industry. (Not a
/// subjectless `重点发展A、B、C`: the held-out plans file those lists both ways.)
enum ClusterAttractLists {
  /// Verbs opening a list of what to attract or fill, and what must close it.
  static let leads: [(verb: String, closings: [String])] = [
    ("重点招引", ["项目"]), ("着力招引", ["项目"]), ("重点引进", ["项目"]),
    ("补齐", ["等短板环节", "等关键环节", "等薄弱环节", "短板环节", "关键环节", "环节"]),
  ]
  static let longestName = 12

  static func parts(in clause: Substring) -> [String] {
    let text = PlanTextCharacters.unquoted(PlanTextCharacters.trimmed(clause))[...]
    if let list = aroundInvestment(text) ?? led(text) {
      let raw = ClusterLists.names(list)
      let names = raw.compactMap(ClusterLists.listedName).filter { name in
        name.count <= longestName && name.allSatisfy(PlanTextCharacters.isHan)
      }
      return names.count == raw.count ? names : []
    }
    return []
  }

  /// `围绕A、B、C开展延链招商`: the list between `围绕` and `开展…招商`.
  static func aroundInvestment(_ text: Substring) -> Substring? {
    guard let around = text.range(of: "围绕"), let hold = text.range(of: "开展"),
      around.upperBound < hold.lowerBound, text.hasSuffix("招商")
    else { return nil }
    return text[around.upperBound..<hold.lowerBound]
  }

  /// `重点招引A、B项目`, `加快补齐A、B等短板环节`: the list after the verb, before its closing.
  static func led(_ text: Substring) -> Substring? {
    for (verb, closings) in leads {
      guard let range = text.range(of: verb),
        let closing = closings.first(where: text.hasSuffix)
      else { continue }
      return text[range.upperBound..<text.index(text.endIndex, offsetBy: -closing.count)]
    }
    return nil
  }
}

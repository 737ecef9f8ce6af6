/// The industry a sentence is about when it opens with it as its subject and a verb of what
/// the industry does (`电子信息产业聚焦A、B,到2030年产值力争达到500亿元`, `高端装备产业重点发展…,
/// 产值突破500亿元`): a bare `产值`/`规模` later in the sentence is that industry's — its scale.
enum SubjectIndustry {
  /// Verbs that follow a subject industry and open what it is to do.
  static let verbs = [
    "聚焦", "重点发展", "重点突破", "重点围绕", "依托", "围绕", "着力", "加快", "坚持", "要",
    // `X产业以Y产业园为载体,发展A、B`.
    "以",
    // `X产业推动A和B发展,营业收入达到60亿元`.
    "推动",
    // `X产业向A、B方向发展,产值稳定在120亿元左右`.
    "向",
  ]
  static let longestName = 12

  /// Verbs of developing that may open the sentence before the industry, its object
  /// (`加快电子信息产业补链扩链,2025年产值达到200亿元`).
  /// `推动纺织服装产业向…转型,巩固A、B优势领域`: a word of moving the industry opens it too.
  static let leadVerbs = [
    "加快发展", "加快", "做强", "做大", "壮大", "培育壮大", "大力发展", "推动", "促进", "引导",
  ]

  /// `电子信息产业聚焦…` → `电子信息`; nil when the sentence does not open so.
  static func opening(_ sentence: Substring) -> String? {
    let text = sentence.drop { PlanTextCharacters.isSpace($0) }
    guard let industry = text.textRange(of: "产业") else { return nil }
    if let verb = leadVerbs.first(where: text.hasPrefix) {
      let name = text[text.index(text.startIndex, offsetBy: verb.count)..<industry.lowerBound]
      let rest = text[industry.upperBound...]
      // The industry the verb develops: its name, and no list or clause end before 产业.
      if name.count >= 2, name.count <= longestName, name.allSatisfy(PlanTextCharacters.isHan),
        !rest.hasPrefix("集群"), rest.first.map(PlanTextCharacters.isHan) == true
      {
        return String(name)
      }
    }
    let name = text[..<industry.lowerBound]
    guard name.count >= 2, name.count <= longestName,
      name.allSatisfy(PlanTextCharacters.isHan),
      verbs.contains(where: text[industry.upperBound...].hasPrefix)
    else { return nil }
    return String(name)
  }
}

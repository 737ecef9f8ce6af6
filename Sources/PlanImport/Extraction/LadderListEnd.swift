/// What may close a list of enterprise tiers and still say it is cultivated: a verb of
/// cultivating (`…企业培育`), or a short phrase of grading or cultivating around one
/// (`…企业梯度培育机制`, `…企业培育库`, `…企业挖掘培养体系`), or a grading word after a count of
/// levels (`…单项冠军企业三级梯度`).
enum LadderListEnd {
  static let longest = 8

  static func cultivates(_ rest: Substring) -> Bool {
    LadderLists.cultivationVerbs.contains(String(rest))
      || (rest.count <= longest && LadderLists.cultivationVerbs.contains(where: rest.contains))
      || LadderPhrasings.closesWithGrading(rest)
  }
}

/// Ladders a clause states in one phrase other than a `—` chain or a cultivated list:
/// - a quoted list of enterprise tiers that a grading word closes
///   (`按照“专精特新中小企业、‘小巨人’企业、单项冠军企业”三级梯度`);
/// - a chain of upgrades (`“小升规、规升高、高升专、专升巨”梯度培育工程`, `LadderUpgrades`);
/// - a progression from one tier to the next ones
///   (`推动科技型中小企业向高新技术企业、专精特新企业逐级跃升`, `LadderProgressions`);
/// - a progression of plants' grades (`从数字化车间到智能工厂、再到…示范工厂梯次提升`,
///   `GradeProgressions`).
enum LadderPhrasings {
  /// Words that say the list before them is a graded ladder.
  static let gradingWords = ["梯度", "梯次", "梯队", "阶梯", "培育体系", "成长路径"]

  /// The steps of the ladder the clause states in one of these phrasings, in order.
  static func steps(in clause: Substring) -> [String]? {
    quotedList(in: clause) ?? LadderUpgrades.steps(in: clause) ?? LadderLinkLists.steps(in: clause)
      ?? LadderProgressions.steps(in: clause) ?? GradeProgressions.steps(in: clause)
  }

  /// `“A企业、B企业、C企业”三级梯度`: every name in the quotes an enterprise tier, three or more,
  /// and a grading word right after the quotes (a count of levels may stand between).
  static func quotedList(in clause: Substring) -> [String]? {
    quotedNames(in: clause, fewest: 3, where: isWholeTier)
  }

  /// The first quoted list in `clause` of at least `fewest` names, each `accepted`, that a
  /// grading word closes (a count of levels may stand between).
  static func quotedNames(
    in clause: Substring, fewest: Int, where accepted: (String) -> Bool
  ) -> [String]? {
    var search = clause.startIndex
    while let open = clause[search...].firstIndex(where: { $0 == "“" || $0 == "「" }) {
      let inside = clause[clause.index(after: open)...]
      guard let close = inside.firstIndex(where: { $0 == "”" || $0 == "」" }) else { return nil }
      search = clause.index(after: close)
      let names = MetricText.splitNames(String(inside[..<close]), at: "、")
      guard names.count >= fewest, names.allSatisfy(accepted), closesWithGrading(clause[search...])
      else { continue }
      return names
    }
    return nil
  }

  /// `三级梯度`, `梯次培育`, `4个梯队`: a grading word, after a count of levels if any.
  static func closesWithGrading(_ rest: Substring) -> Bool {
    var text = rest.drop { PlanTextCharacters.quotes.contains($0) }
    let count = text.prefix { ChineseNumber.isNumeral($0) || PlanTextCharacters.isDigit($0) }
    if !count.isEmpty {
      text = text[count.endIndex...]
      if let word = ["个层级", "个层次", "级", "层", "个", "类"].first(where: text.hasPrefix) {
        text = text.dropFirst(word.count)
      }
    }
    return gradingWords.contains(where: text.hasPrefix)
  }

  /// A name that is an enterprise tier and ends as one (`单项冠军企业`, `‘小巨人’企业`).
  static func isWholeTier(_ name: String) -> Bool {
    LadderLists.isTier(PlanTextCharacters.unquoted(name))
      && LadderLists.enterpriseEnds.contains(where: name.hasSuffix)
  }
}

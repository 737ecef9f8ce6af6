/// The lead phrase of a goal line (`——总量规模持续扩大。规上工业总产值突破…`,
/// `——创新动能明显增强:研发经费投入…`): it names what the figures after it are about and
/// states no goal of its own. A line that is only the phrase (`——全员劳动生产率持续提高。`)
/// is a goal.
enum GoalLineLead {
  /// The paragraph's lead phrase, when more text follows it.
  static func phrase(of paragraph: String) -> String? {
    if let lead = MeasurePatterns.leadPhrase(paragraph) { return lead }
    let text = paragraph.drop { $0 == "—" || $0 == "-" || PlanTextCharacters.isSpace($0) }
    guard let colon = text.firstIndex(of: ":"), text.index(after: colon) < text.endIndex else {
      return nil
    }
    let phrase = text[..<colon]
    guard phrase.count >= 2, phrase.count <= MeasurePatterns.longestLeadPhrase,
      !phrase.contains(where: {
        PlanTextCharacters.clauseEnds.contains($0) || PlanTextCharacters.sentenceEnds.contains($0)
          || $0 == "、"
      })
    else { return nil }
    return String(phrase)
  }

  /// True for a goal without a number read from the lead phrase alone.
  static func isLead(_ candidate: GoalCandidate, _ lead: String?) -> Bool {
    guard let lead, candidate.goal.target?.hasNumber != true else { return false }
    let source = candidate.sourceText.drop {
      $0 == "—" || $0 == "-" || PlanTextCharacters.isSpace($0)
    }
    return PlanTextCharacters.trimmed(source) == lead
  }
}

import PlanModel

/// A paragraph's changes from their start (`全县规模以上工业总产值由2025年的382亿元提高到600亿元以上;
/// 规模以上工业企业由186家增加到260家`): a change naming no year of its start starts from the year
/// an earlier change of the paragraph named, across its sentences as within one (`ChangeStart`).
enum ChangeStartYears {
  static let leads = ["由", "从"]

  /// Dates the undated starts of `goals` (one paragraph's, in order) by the year of the change
  /// before them.
  static func carry(_ goals: inout ArraySlice<TextReading.PlacedGoal>) {
    var year: Int?
    for index in goals.indices {
      let candidate = goals[index].candidate
      guard let baseline = candidate.goal.baseline, startsFromChange(candidate.sourceText) else {
        continue
      }
      if let own = baseline.year {
        year = own
      } else if let year {
        goals[index].candidate.goal.baseline?.year = year
      }
    }
  }

  /// True when the text states a change from a start (`由…`, `从…` before a figure or a year,
  /// and a verb of change after it in its clause: `ChangeStart.verbs`) — at any of the lead's
  /// places, not only its first (`由企业申报,规上企业由186家增加到260家`); not `由3家龙头企业牵头`.
  static func startsFromChange(_ text: String) -> Bool {
    leads.contains { lead in
      var rest = text[...]
      while let range = rest.textRange(of: lead) {
        guard range.upperBound < rest.endIndex else { return false }
        rest = rest[range.upperBound...]
        if PlanTextCharacters.isDigit(rest[rest.startIndex]) {
          let clause = rest.prefix { mark in
            !PlanTextCharacters.clauseEnds.contains(mark)
              && !PlanTextCharacters.sentenceEnds.contains(mark)
          }
          if ChangeStart.verbs.contains(where: clause.contains) { return true }
        }
      }
      return false
    }
  }
}

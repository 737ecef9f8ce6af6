import PlanModel

/// The review marks of a draft in both languages, for the review screen to show each in the
/// reader's language whatever language the draft was written in.
public enum ReviewMarkNames {
  /// The marks among `texts` in both languages, by the text they are written in; texts that
  /// are no mark of the rules are left out.
  public static func names(of texts: [String]) -> [String: Localized] {
    var names: [String: Localized] = [:]
    for text in texts where names[text] == nil {
      if let mark = ReviewMark.reading(text) {
        names[text] = Localized(zh: mark.text(.zh), en: mark.text(.en))
      }
    }
    return names
  }
}

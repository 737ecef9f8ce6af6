import PlanModel

/// The one function every `/` filter and `:region` lookup goes through, so matching
/// improvements in `SearchText` (pinyin, full and initials) reach every list at once.
enum FilterMatch {
  static func matches(_ query: String, _ fields: [String]) -> Bool {
    SearchText.matches(query, in: fields)
  }
}

import PlanModel

/// The `/` filter of a detail page and of the help: which list entries a query keeps. An
/// entry is kept when the query matches it (as the panes' `/` does: Chinese, ids, pinyin in
/// full or by initials), when it matches the entry it belongs under (a unit's name keeps the
/// unit's measures), or when it matches an entry under it (a measure's title keeps its
/// unit's heading). Headings, fields and text belong to no entry and always stay.
enum PageFilter {
  struct Entry: Hashable {
    /// What the query is matched against.
    var fields: [String]
    /// The entry this one belongs under, if any.
    var parent: Int?
  }

  /// The indices of the entries `query` keeps (all of them for an empty query).
  static func kept(_ entries: [Entry], query: String) -> Set<Int> {
    let prepared = PreparedQuery(query)
    guard !prepared.isEmpty else { return Set(entries.indices) }
    let matched = Set(
      entries.indices.filter { SearchKey(fields: entries[$0].fields).matches(prepared) })
    var kept = matched
    for (index, entry) in entries.enumerated() {
      guard let parent = entry.parent else { continue }
      if matched.contains(parent) { kept.insert(index) }
      if matched.contains(index) { kept.insert(parent) }
    }
    return kept
  }
}

extension DetailPage {
  /// The page with only the list rows `filter` keeps, its title showing the filter; a line
  /// says so when no row is left. A page without lists is left as it is.
  func filtered(by filter: String, language: Language) -> DetailPage {
    guard !PreparedQuery(filter).isEmpty else { return self }
    var page = self
    page.title += " /" + filter
    guard !entries.isEmpty else { return page }
    let kept = PageFilter.kept(entries, query: filter)
    page.rows = rows.filter { $0.entry.map(kept.contains) ?? true }
    if kept.isEmpty {
      page.rows.append(
        Row(cells: [.text("  " + UIText.noMatchingRows(language), width: nil, role: .muted)]))
    }
    return page
  }
}

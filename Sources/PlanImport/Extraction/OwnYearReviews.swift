/// A part of a speech or report reviewing the year it is given in (`一、正视成绩和差距…` opened by
/// `今年以来,全市…预计全年规上工业总产值达到2860亿元`): a heading whose first paragraph opens
/// with words of the present year and under which no paragraph names a year ahead or `明年`
/// reports the starting situation, of the year the document is written in. Its figures are
/// baselines, never goals, and what it says was achieved this year is no step of a ladder.
enum OwnYearReviews {
  /// Words that open a review of the present year.
  static let openings = ["今年以来", "今年来", "一年来", "过去一年", "过去的一年", "今年,"]
  /// Words that look past the present year: a part holding them sets goals, it does not review.
  static let aheadWords = ["明年", "今后", "下一步", "到20"]

  /// The keys of the headings (with everything under them) that review the document's own year;
  /// `subtree` gives a heading's keys and those under it by its index in the outline.
  static func keys(
    outline: OutlineRecogniser, paragraphs: [String], excluding taken: Set<String>,
    subtree: (Int) -> Set<String>
  ) -> Set<String> {
    var found: Set<String> = []
    for (index, heading) in outline.headings.enumerated()
    where !taken.contains(heading.key) && !found.contains(heading.key) {
      let keys = subtree(index)
      let texts = paragraphs.indices.compactMap { index -> String? in
        guard let key = outline.placeKeys[index], keys.contains(key) else { return nil }
        guard let line = outline.lines[index] else { return paragraphs[index] }
        return line.runIn ? line.body : nil
      }
      guard let first = texts.first, openings.contains(where: first.hasPrefix),
        !texts.contains(where: { text in aheadWords.contains(where: text.contains) })
      else { continue }
      found.formUnion(keys)
    }
    return found
  }
}

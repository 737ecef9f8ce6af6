/// A chapter on the present state whose first paragraph dates where things stand
/// (`一、产业发展现状` opened by `…截至2025年底,全县共有企业436家…`) gives that year to the
/// starting figures of its later paragraphs that name none (`产值超亿元的企业仅有21家`,
/// `数字化改造覆盖率仅为38%`): the chapter reports one moment. A year a paragraph or sentence
/// names itself comes first; a chapter opened by no such date gives none.
enum ChapterAsOfYears {
  /// For each heading key under such a chapter (the chapter's own included), its year.
  static func years(
    paragraphs: [String], outline: OutlineRecogniser, sections: PlanSections, reference: Int?
  ) -> [String: Int] {
    var found: [String: Int] = [:]
    for (index, heading) in outline.headings.enumerated()
    where sections.isStarting(heading.key) && !sections.isStarting(heading.parent) {
      let keys = Set(sections.subtree(at: index).map(\.key))
      guard
        let first = paragraphs.indices.first(where: { paragraph in
          guard let key = outline.placeKeys[paragraph], keys.contains(key) else { return false }
          return outline.lines[paragraph].map(\.runIn) ?? true
        })
      else { continue }
      let text = outline.lines[first].map(\.body) ?? paragraphs[first]
      guard let year = asOfYear(in: text, reference: reference) else { continue }
      for key in keys { found[key] = year }
    }
    return found
  }

  /// The first year the text dates where things stand at (`截至2025年底`, `2025年末,…`).
  static func asOfYear(in text: String, reference: Int?) -> Int? {
    for sentence in SentenceSegmenter.sentences(of: text) {
      if let year = NumberUnitParser.years(in: sentence).first(where: {
        AsOfYears.isPast($0, in: sentence, reference: reference)
      }) {
        return year.year
      }
    }
    return nil
  }
}

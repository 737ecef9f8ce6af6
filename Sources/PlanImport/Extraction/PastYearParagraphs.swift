/// A paragraph opened by a year before the plan's — a work plan's review of the year just past,
/// `2026年,面对…,工业经济保持稳中有进。全年实现规上工业总产值918亿元,同比增长11.2%;…。规上工业亩均
/// 税收31.6万元…` — reports that year throughout: a later sentence of it naming no year of its own
/// and no look ahead goes on with the report (its figures starting figures of that year), though
/// a `。` parts it from the sentence that named the year. Not a sentence that looks ahead (`力争`,
/// `今年`, `目标`, `全年要…`), and not a paragraph opened otherwise (`到2026年,…`, `较2025年…`, a
/// year that is not the paragraph's first words).
enum PastYearParagraphs {
  /// Words by which a sentence looks ahead, beyond the report: the words of plans and duties
  /// (`力争`, `确保`, `将`, `目标`, `要求`, `下一步`) and the year ahead (`今年`, `明年`) — not
  /// `预计` (a year's report written before its end estimates the year, `预计全年实现…`).
  static let aheadWords = [
    "力争", "争取", "确保", "将", "计划", "今年", "明年", "目标", "要求", "全年要", "要确保", "要实现", "下一步",
  ]

  /// What may follow the opening year for it to set the paragraph's subject: `2026年,`,
  /// `2026年以来,`, `2026年全年,`.
  static let openings = [",", "以来,", "全年,", "一年来,"]

  /// True when `sentence`, in the paragraph `text`, goes on with the report of the past year the
  /// paragraph opens with.
  /// `reporting`: the sentence before was read as the report (a sentence stating goals,
  /// `目标:2025年…`, ends the report: the sentences after it are the paragraph's tasks).
  static func continuesReport(
    _ sentence: Substring, in text: String, reference: Int?, reporting: Bool
  ) -> Bool {
    reporting && openingYear(of: text, before: reference) != nil
      && NumberUnitParser.years(in: sentence).isEmpty
      && !aheadWords.contains(where: sentence.contains)
  }

  /// The year before `reference` the paragraph opens with, followed by a comma (`2026年,…`).
  static func openingYear(of text: String, before reference: Int?) -> Int? {
    guard let reference, let first = NumberUnitParser.years(in: text[...]).first,
      first.range.lowerBound == text.startIndex, first.year < reference,
      first.role != .due, first.role != .span
    else { return nil }
    let rest = text[first.range.upperBound...]
    guard openings.contains(where: rest.hasPrefix) else { return nil }
    return first.year
  }
}

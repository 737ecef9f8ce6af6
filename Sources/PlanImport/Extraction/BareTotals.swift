/// A clause whose only subject is a total word — `新增规上工业企业30家以上,总数突破260家`,
/// `…年均增长8%左右,总量达到200亿元以上` — totals the subject of the clause before: its metric is
/// that subject and the word (`规上工业企业总数`, `规模以上工业增加值总量`), so the total is told from
/// the count of new ones before it and takes the subject's starting level.
enum BareTotals {
  /// Words that name a total of something named before.
  static let words = ["总数", "总量", "总规模", "总计"]
  /// Words of the year the new ones came in (`今年新增A5家、总数达到23家`), no part of the total.
  static let yearWords = ["今年", "全年", "当年", "年内", "本年"]

  /// The metric of a bare total (`总数`) after a clause about `subject`; nil when the metric
  /// is no bare total or there is no subject to total.
  static func metric(_ named: String, subject: String?) -> String? {
    guard words.contains(named), var subject, !subject.hasSuffix(named) else { return nil }
    // `规上工业企业净增100家以上,总数达到1470家`: the stock's total, not the new ones'.
    for word in yearWords where subject.hasPrefix(word) { subject.removeFirst(word.count) }
    for word in IncrementStarts.incrementWords {
      if subject.hasPrefix(word) { subject.removeFirst(word.count) }
      if subject.hasSuffix(word) { subject.removeLast(word.count) }
    }
    return subject.count >= 2 ? subject + named : nil
  }
}

/// A figure a sentence says there is none of (`尚无产值超5亿元企业`, `还没有营业收入超10亿元的企业`,
/// `暂无上市企业`): the threshold of a class that does not yet exist, no level as it stands.
enum AbsentFigures {
  static let absenceWords = ["尚无", "尚没有", "还没有", "暂无", "尚未有", "仍无"]

  /// True when the clause says, before the figure, that there is none of what it counts.
  static func isAbsent(before: Substring) -> Bool {
    absenceWords.contains(where: before.contains)
  }
}

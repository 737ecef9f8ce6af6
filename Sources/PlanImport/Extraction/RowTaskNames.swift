/// A 任务分工表 row (or list item) naming its task in other words than the measure's title —
/// the annex short of the text's verb (`汽车零部件产业链` for `做强汽车零部件产业链`), another verb
/// (`开展企业梯度培育` for `实施企业梯度培育`), a word more or less (`推动规上企业数字化转型` for
/// `推进企业数字化转型`): the measure whose title shares with the task the longest run of
/// characters, when that run is four characters or more and most of the shorter of the two
/// names, no measure of another title shares as long a run, and the measure has no units yet
/// (a second row sharing words with it is a task of its own). Read only for a row that no title
/// matched whole (`MeasureAssembly`).
enum RowTaskNames {
  /// The shortest shared run.
  static let shortestRun = 4
  /// The share of the shorter name the run must cover.
  static let shortestShare = 0.6

  /// The index of the measure the row names, or nil.
  static func measure(named task: String, in measures: [DraftMeasure]) -> Int? {
    var best: (index: Int, run: Int, title: String)?
    var tied = false
    for (index, measure) in measures.enumerated() {
      let title = PlanTextCharacters.unquoted(measure.title)
      let run = SharedRuns.longest(task, title)
      let shorter = min(task.count, title.count)
      guard run >= shortestRun, Double(run) >= shortestShare * Double(shorter) else { continue }
      if let found = best, found.run >= run {
        if found.run == run, found.title != title { tied = true }
        continue
      }
      best = (index, run, title)
      tied = false
    }
    // A measure that has its units (its own, or an earlier row's) is no other row's.
    guard !tied, let index = best?.index, measures[index].units.isEmpty else { return nil }
    return index
  }
}

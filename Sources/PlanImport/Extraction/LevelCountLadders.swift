/// A ladder a paragraph states by counting one kind of enterprise at three administrative
/// levels or more, with no chain or list of its levels (`每年遴选20家区级试点企业,…到2028年,力争
/// 省级试点企业达到12家,国家级试点企业实现零突破`; `市级以上龙头企业达到90家,其中省级龙头企业38家、
/// 国家级龙头企业2家`): one step per level, the lowest first, each named by its count's metric.
/// The counts must share the kind they count, and it must name enterprises or plants
/// (`企业`, `工厂`, `中心` …); counts of projects or of other things at each level give no ladder.
enum LevelCountLadders {
  /// The levels a step's name opens with.
  static let levels = ["国家级", "省级", "市级", "县级", "区级"]
  /// Words before a count's metric that say what is done, not which step it is.
  static let leadingWords = ["其中"] + LadderCounts.countingWords
  /// What the shared kind must name.
  static let kindWords = LadderPatterns.tierWords + ["中心", "基地"]
  static let fewestLevels = 3
  /// Shorter shared ends (`中心`, `企业`) may join different kinds.
  static let shortestKind = 4

  /// The steps the paragraph's counts (`goals`) name, lowest level first, with the sentence of
  /// each, or nil.
  static func steps(in goals: ArraySlice<TextReading.PlacedGoal>) -> [(
    step: String, sentence: String
  )]? {
    var byLevel: [String: (step: String, sentence: String)] = [:]
    for placed in goals {
      let candidate = placed.candidate
      guard candidate.isCount, candidate.goal.target?.hasNumber == true,
        let (level, step) = levelled(candidate.metric), byLevel[level] == nil
      else { continue }
      byLevel[level] = (step, candidate.sourceText)
    }
    guard byLevel.count >= fewestLevels else { return nil }
    let kinds = byLevel.map { level, named in String(named.step.dropFirst(level.count)) }
    let kind = sharedEnd(of: kinds)
    guard kind.count >= shortestKind, kindWords.contains(where: kind.contains) else { return nil }
    // Lowest first; levels of one rank (县级, 区级) in the order `levels` lists them.
    return byLevel.keys.sorted {
      (LadderLists.rank($0), -(levels.firstIndex(of: $0) ?? 0))
        < (LadderLists.rank($1), -(levels.firstIndex(of: $1) ?? 0))
    }.compactMap {
      byLevel[$0]
    }
  }

  /// The level a count's metric opens with, and the metric without the words before it.
  static func levelled(_ metric: String) -> (level: String, step: String)? {
    var name = Substring(metric)
    while let word = leadingWords.first(where: name.hasPrefix) { name = name.dropFirst(word.count) }
    guard let level = levels.first(where: name.hasPrefix) else { return nil }
    return (level, String(name))
  }

  /// The longest end all of `names` share.
  static func sharedEnd(of names: [String]) -> String {
    guard var shared = names.first.map(Array.init) else { return "" }
    for name in names.dropFirst() {
      let characters = Array(name)
      var length = 0
      while length < min(shared.count, characters.count),
        shared[shared.count - 1 - length] == characters[characters.count - 1 - length]
      {
        length += 1
      }
      shared = Array(shared.suffix(length))
    }
    return String(shared)
  }
}

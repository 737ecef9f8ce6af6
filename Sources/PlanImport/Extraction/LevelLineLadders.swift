/// A 专栏 of goal lines, each a name and its goal parted by a colon, under a title that grades
/// them (`专栏 企业研发机构梯次培育目标(2028年)`, then `县级研发机构:新增60家`, `市级企业技术
/// 中心:累计达到40家(2025年25家)`, `省级企业技术中心:…`, `国家级企业技术中心:力争实现零的突破`):
/// three lines or more in a row, each name opening with another administrative level, are a
/// ladder — the names its steps, in the lines' order, their counts the lines' goals.
enum LevelLineLadders {
  static let fewestSteps = 3
  static let longestName = 16
  /// Words of a title that grades what it lists.
  static let gradingWords = GradingWords.core + ["晋级"]

  /// Each run of such lines: the steps, the title's paragraph and the lines.
  static func ladders(_ paragraphs: [String]) -> [(steps: [String], title: Int, lines: [String])] {
    var found: [(steps: [String], title: Int, lines: [String])] = []
    var index = 1
    while index < paragraphs.count {
      var run: [(name: String, level: String)] = []
      var end = index
      while end < paragraphs.count, let entry = levelled(paragraphs[end]),
        !run.contains(where: { $0.level == entry.level })
      {
        run.append(entry)
        end += 1
      }
      let title = paragraphs[index - 1]
      if run.count >= fewestSteps, gradingWords.contains(where: title.contains) {
        found.append((run.map(\.name), index - 1, Array(paragraphs[index..<end])))
      }
      index = max(end, index + 1)
    }
    return found
  }

  /// Each line's counts are its step's, whatever words its goal leaves as the metric
  /// (`县级研发机构:三年累计新增60家`: `累计新增`); `first`: the first line's paragraph.
  static func name(_ goals: inout [TextReading.PlacedGoal], lines first: Int, steps: [String]) {
    for index in goals.indices {
      let offset = goals[index].paragraph - first
      guard steps.indices.contains(offset), goals[index].candidate.isCount else { continue }
      goals[index].candidate.metric = steps[offset]
    }
  }

  /// `市级企业技术中心:累计达到40家`: the name before the colon and the level it opens with; nil
  /// for any other line.
  static func levelled(_ line: String) -> (name: String, level: String)? {
    guard let colon = line.firstIndex(where: { $0 == ":" || $0 == "\u{FF1A}" }) else {
      return nil
    }
    let name = PlanTextCharacters.trimmed(line[..<colon])
    guard (4...longestName).contains(name.count), name.allSatisfy(PlanTextCharacters.isHan),
      let level = LevelCountLadders.levels.first(where: name.hasPrefix),
      !line[colon...].dropFirst().isEmpty
    else { return nil }
    return (name, level)
  }

  /// The name a line's colon closes, for a clause right after it whose own words name nothing
  /// (`国家级企业技术中心:力争实现零的突破`: the goal is the name's).
  static func label(of sentence: Substring, before clause: Substring) -> String? {
    guard let entry = levelled(String(sentence)) ?? plainLabel(sentence),
      let colon = sentence.firstIndex(where: { $0 == ":" || $0 == "\u{FF1A}" }),
      sentence.index(after: colon) <= clause.startIndex
    else { return nil }
    return entry.name
  }

  /// `X:…` with a name of Han characters alone, at any level or none.
  private static func plainLabel(_ sentence: Substring) -> (name: String, level: String)? {
    guard let colon = sentence.firstIndex(where: { $0 == ":" || $0 == "\u{FF1A}" }) else {
      return nil
    }
    let name = PlanTextCharacters.trimmed(sentence[..<colon])
    guard (4...longestName).contains(name.count), name.allSatisfy(PlanTextCharacters.isHan) else {
      return nil
    }
    return (name, "")
  }
}

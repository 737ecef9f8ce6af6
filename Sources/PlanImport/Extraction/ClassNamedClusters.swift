/// Clusters a sentence names before their scale class rather than after it, the class
/// written in words with a digit of its own: `打造A千亿级产业集群`, `B、C两个五百亿级产业集群和D
/// 三百亿级产业集群` — A at 1000亿元, B and C at 500 (their count shares the class), D at 300.
/// The name runs back from the class to the verb, `、`, `和` or `,` before it, and must not
/// end with a count (`两个`, `三大`) or a verb: those leave the name to the other readings.
enum ClassNamedClusters {
  /// The class words in 亿元 and their values.
  static let classWords: [(word: String, value: Double)] = [
    ("千亿级", 1000), ("百亿级", 100), ("万亿级", 10000),
  ]
  /// A digit in words before a class word multiplies it (`三百亿级` 300, `两千亿级` 2000).
  static let digitWords: [Character: Double] = ChineseNumber.digits.filter { $0.value > 0 }
    .mapValues(Double.init)
  /// Words the name stops at, going back from the class.
  static let stops = ["、", "和", "及其", ",", "\u{FF0C}", ";", ":"]
  /// Verbs before a name that open it (`打造A千亿级…`).
  static let verbs =
    [
      "打造", "培育", "建设", "建成", "形成", "壮大", "做强", "做大", "发展", "构建", "推动", "培强", "打响", "争创",
    ] + ClusterSubject.verbs + joiningVerbs
  /// Verbs of joining the ranks of a class (`力争跻身全市百亿级产业集群行列`): what follows is the
  /// class's place (`全市`), no name; the industry joining is the clause's subject.
  static let joiningVerbs = ["跻身", "迈入", "跨入", "进入", "晋级", "晋升"]

  /// True when a figure stated elsewhere is of the class's own order (`百亿级` and 110亿元, not
  /// 1200亿元): the cluster's scale, more precise than its class.
  static func isOfClass(_ figure: Double, rank: Double) -> Bool {
    figure >= rank && figure < rank * 10
  }

  /// Every class in words of the clause: its value with the digit before it, where the class
  /// starts (at that digit) and where it ends. A class after a digit (`5千亿级`) is a figure's,
  /// read elsewhere.
  static func marks(in clause: Substring) -> [(
    value: Double, start: String.Index, end: String.Index
  )] {
    var found: [(Double, String.Index, String.Index)] = []
    for (word, value) in classWords {
      var search = clause.startIndex
      while let range = clause[search...].textRange(of: word) {
        search = range.upperBound
        guard range.lowerBound > clause.startIndex else {
          found.append((value, range.lowerBound, range.upperBound))
          continue
        }
        let previous = clause.index(before: range.lowerBound)
        if PlanTextCharacters.isDigit(clause[previous]) { continue }
        if let digit = digitWords[clause[previous]] {
          found.append((value * digit, previous, range.upperBound))
        } else {
          found.append((value, range.lowerBound, range.upperBound))
        }
      }
    }
    return found
  }

  /// The name before a class starting at `start` (`打造A千亿级` → A), or nil when a count,
  /// a verb or nothing stands right before the class.
  static func name(in clause: Substring, before start: String.Index) -> String? {
    var head = clause[..<start]
    if let stop = stops.compactMap({ head.textRange(of: $0, backwards: true) }).max(by: {
      $0.upperBound < $1.upperBound
    }) {
      head = head[stop.upperBound...]
    }
    if let verb = verbs.compactMap({ head.textRange(of: $0, backwards: true) }).max(by: {
      $0.upperBound < $1.upperBound
    }) {
      head = head[verb.upperBound...]
    }
    // `X产业打造成为300亿级产业集群`: a verb right before the class; the subject is read elsewhere.
    guard let last = head.last, !"个大家".contains(last),
      !verbs.contains(where: head.hasSuffix),
      !head.contains(where: { PlanTextCharacters.isDigit($0) || "“”\"()（）".contains($0) })
    else { return nil }
    var name = PlanTextCharacters.trimmed(head)
    if let place = StartingIndustry.regionPrefixes.first(where: name.hasPrefix) {
      name.removeFirst(place.count)
    }
    // `全市百亿级产业集群达到3个`, `新增千亿级…`: a place, a word of counting or a quantity, no name.
    guard !RegionGuess.notNames.contains(name), !notNames.contains(name),
      !LadderCounts.countingWords.contains(name)
    else { return nil }
    return ClusterLists.cleanName(name)
  }

  /// Words before a class that name no industry: having, building up to, some.
  static let notNames: Set<String> = ["拥有", "若干", "多个", "一批", "一些", "更多", "形成", "建成", "新增"]
}

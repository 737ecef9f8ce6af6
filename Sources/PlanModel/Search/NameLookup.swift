/// Finds the names a user means among known ones — regions for `:region`, units for
/// `:unit` and `:lead` — from Chinese, an id, or pinyin in full or by initials. It tries, in
/// turn: the whole name or id (`合川区`, `hechuan`, `hechuanqu`, `hcq`); the start of one
/// (`合川`, `hech`); a run anywhere in one, as `/` finds it (`经济信息`, `jjxxw`). The first
/// of these that matches anything gives the answer; a query of one Latin letter is taken
/// only whole. Nothing is guessed: when nothing matches, the answer is the closest names to
/// suggest.
public enum NameLookup {
  /// A name and the other words that stand for it exactly (a region's id).
  public struct Candidate: Sendable {
    public var name: String
    public var aliases: [String]

    public init(name: String, aliases: [String] = []) {
      self.name = name
      self.aliases = aliases
    }
  }

  /// How a query matched.
  public enum Match: Int, Sendable, Comparable {
    /// The whole name, an alias, or the name's whole pinyin or initials.
    case whole
    /// The start of the name or of an alias, in Chinese or pinyin.
    case start
    /// A run anywhere in the name, as the `/` filter matches.
    case within

    public static func < (a: Match, b: Match) -> Bool { a.rawValue < b.rawValue }
  }

  public enum Result: Equatable, Sendable {
    /// The names matched the best way any did (`how`), in the order given.
    case found([String], how: Match)
    /// Nothing matched; the closest names, nearest first (at most three).
    case none(closest: [String])
  }

  public static func find(_ query: String, among candidates: [Candidate]) -> Result {
    let text = query.trimmingSpaces
    guard !text.isEmpty else { return .none(closest: []) }
    // One Latin letter (`x`) would start or lie within too many names: only whole.
    let short = text.unicodeScalars.count < 2 && text.unicodeScalars.allSatisfy(\.isASCII)
    let order: [Match] = short ? [.whole] : [.whole, .start, .within]
    for how in order {
      let names = candidates.filter { matches(text, $0, how) }.map(\.name)
      if !names.isEmpty { return .found(unique(names), how: how) }
    }
    return .none(closest: closest(to: text, among: candidates))
  }

  static func matches(_ query: String, _ candidate: Candidate, _ how: Match) -> Bool {
    let lower = query.lowercased()
    let words = [candidate.name] + candidate.aliases
    switch how {
    case .whole:
      return words.contains { $0.lowercased() == lower }
        || PinyinSpelling.spells(query, candidate.name, whole: true)
    case .start:
      return words.contains { $0.lowercased().hasPrefix(lower) }
        || PinyinSpelling.spells(query, candidate.name, whole: false)
    case .within:
      return SearchText.matches(query, in: words)
    }
  }

  /// The names nearest the query: by characters shared and edit distance for Chinese, by edit
  /// distance to the pinyin, initials or aliases for Latin letters.
  static func closest(to query: String, among candidates: [Candidate], limit: Int = 3)
    -> [String]
  {
    let names = unique(candidates.map(\.name))
    guard query.unicodeScalars.allSatisfy(\.isASCII) else {
      return EditDistance.closestNames(to: query, among: names, limit: limit)
    }
    let lower = query.lowercased()
    var best: [String: Int] = [:]
    for candidate in candidates {
      let spelled = PinyinSpelling.primary(candidate.name)
      let forms = [spelled.full, spelled.initials] + candidate.aliases.map { $0.lowercased() }
      let distance = forms.map { EditDistance.between($0, lower) }.min() ?? Int.max
      best[candidate.name] = min(best[candidate.name] ?? Int.max, distance)
    }
    return names.sorted {
      (best[$0]!, PlanTextCollation.reading($0)) < (best[$1]!, PlanTextCollation.reading($1))
    }.prefix(limit).map { $0 }
  }

  private static func unique(_ names: [String]) -> [String] {
    var seen: Set<String> = []
    return names.filter { seen.insert($0).inserted }
  }
}

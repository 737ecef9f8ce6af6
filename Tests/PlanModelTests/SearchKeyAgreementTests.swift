import Testing

@testable import PlanModel

/// Checks the bit-parallel matcher against a plain recursive reading of the matching rule, on
/// seeded random fields and queries built from them (full readings, initials, literal characters,
/// cut off anywhere) and on random letter strings.
@Suite("Search: matcher agrees with the rule")
struct SearchKeyAgreementTests {
  /// The rule, written as directly as possible: a word matches a field when, from some start, each
  /// character consumes its literal self, a full reading, a reading's first letter or zh/ch/sh, and
  /// the last may consume a non-empty prefix of a reading.
  static func ruleMatches(_ word: [Character], _ field: [Character]) -> Bool {
    func consume(_ j: Int, _ k: Int) -> Bool {
      if k == word.count { return true }
      if j == field.count { return false }
      let c = field[j]
      if word[k] == c && consume(j + 1, k + 1) { return true }
      let rest = word[k...]
      for reading in poolReadings[c] ?? readings(of: c) {
        if rest.starts(with: reading) && consume(j + 1, k + reading.count) { return true }
        if rest.first == reading.first && consume(j + 1, k + 1) { return true }
        if reading.count >= 3, ["zh", "ch", "sh"].contains(String(reading.prefix(2))),
          rest.starts(with: reading.prefix(2)), consume(j + 1, k + 2)
        {
          return true
        }
        if rest.count < reading.count && reading.starts(with: rest) { return true }
      }
      return false
    }
    return (0..<max(field.count, 1)).contains { consume($0, 0) }
  }

  static func ruleMatches(_ query: String, _ fields: [String]) -> Bool {
    let words = query.lowercased().split(whereSeparator: \.isWhitespace).map(Array.init)
    return words.allSatisfy { word in fields.contains { ruleMatches(word, Array($0.lowercased())) }
    }
  }

  static func readings(of c: Character) -> [[Character]] {
    c.unicodeScalars.count == 1 ? Pinyin.readings(of: c.unicodeScalars.first!).map(Array.init) : []
  }

  /// The readings of the pool's characters, looked up once (the rule is run many times).
  static let poolReadings = Dictionary(
    uniqueKeysWithValues: Set(pool).map { ($0, readings(of: $0)) })

  static let pool = Array("合川区重庆市小巨人专精特新行动银行绿色经济信息委发展改革长沙乐山HC-2025m03アé“”𠀀𠀁")

  @Test func randomQueriesAgreeWithTheRule() {
    var random = SplitMix64(seed: 20_261_121)
    var matched = 0
    for _ in 0..<2_500 {
      let fields = (0..<Int.random(in: 1...3, using: &random)).map { _ in
        String(
          (0..<Int.random(in: 0...8, using: &random)).map { _ in
            Self.pool.randomElement(using: &random)!
          })
      }
      let query = Self.randomQuery(from: fields, using: &random)
      let expected = Self.ruleMatches(query, fields)
      #expect(SearchText.matches(query, in: fields) == expected, "direct: \(query) in \(fields)")
      #expect(
        SearchKey(fields: fields).matches(PreparedQuery(query)) == expected,
        "compiled: \(query) in \(fields)")
      if expected { matched += 1 }
    }
    #expect(
      matched > 500 && matched < 2_250, "the random cases should mix matches and misses: \(matched)"
    )
  }

  /// The one-off form (`SearchText`) and the compiled form (`PreparedQuery` and `SearchKey`).
  static func bothMatch(_ query: String, _ field: String) -> [Bool] {
    [SearchText.matches(query, in: [field]), SearchKey(field).matches(PreparedQuery(query))]
  }

  @Test func wordsLongerThanTheAutomatonFallBackToTheSameRule() {
    let field = String(repeating: "合川区经济信息委", count: 12)
    let long = String(repeating: "hechuanquJJXXW", count: 6)  // 84 letters
    // Compiled queries fall back to DirectWordMatcher for such words.
    #expect(long.count > QueryWord.maximumLength)
    #expect(Self.bothMatch(long, field) == [true, true])
    #expect(Self.bothMatch(long + "he", field) == [true, true])
    #expect(Self.bothMatch(long + "x", field) == [false, false])
    let chinese = String(repeating: "合川", count: 40)
    #expect(Self.bothMatch(chinese, String(repeating: "合川", count: 41)) == [true, true])
    #expect(Self.bothMatch(chinese, String(repeating: "合川", count: 39)) == [false, false])
  }

  /// Half the time a spelling of a piece of a field (cut off anywhere), else random letters.
  static func randomQuery(from fields: [String], using random: inout SplitMix64) -> String {
    var words: [String] = []
    for _ in 0..<Int.random(in: 1...2, using: &random) {
      let field = Array(fields.randomElement(using: &random)!)
      if Bool.random(using: &random), !field.isEmpty {
        let start = Int.random(in: 0..<field.count, using: &random)
        let end = Int.random(in: start..<min(field.count, start + 5), using: &random)
        var word = ""
        for c in field[start...end] {
          let readings =
            c.unicodeScalars.count == 1 ? Pinyin.readings(of: c.unicodeScalars.first!) : []
          guard let reading = readings.randomElement(using: &random) else {
            word.append(c)
            continue
          }
          switch Int.random(in: 0..<4, using: &random) {
          case 0: word += reading
          case 1: word += reading.prefix(1)
          case 2: word.append(c)
          default: word += reading.uppercased()
          }
        }
        let cut = Int.random(in: 1...word.count, using: &random)
        words.append(String(word.prefix(cut)))
      } else {
        let letters = Array("abcdehijlnqrsuxyz")
        words.append(
          String(
            (0..<Int.random(in: 1...5, using: &random)).map { _ in
              letters.randomElement(using: &random)!
            }))
      }
    }
    return words.joined(separator: " ")
  }
}

import PlanModel

/// Finds numbers with their units, and years, in a clause: `900亿元`, `24.3%`, `2—3户`,
/// `2.1万亿元`, `500亿级`, `到2027年`, `较2022年`, `(2023—2035年)`.
enum NumberUnitParser {
  /// Known units, longest first, so `万亿元` wins over `万元` and `亿元/平方公里` over `亿元`.
  static let unitsByLength: [String] = (KnownUnits.all.union(["%"]))
    .sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
  /// Written forms read as a known unit.
  static let unitSpellings: [String: String] = ["%": "%", "‰": "%", "兆瓦": "MW", "吉瓦": "GW"]
  /// Words that follow a year and make it a due year: 到2027年, 至2027年, 2027年前.
  static let dueLeads: [String] = ["到", "至", "截至", "截止", "力争到", "争取到"]
  static let baseLeads: [String] = ["较", "比", "相比", "与", "同比"]

  static func figures(in clause: Substring) -> [FigureReading] {
    var found: [FigureReading] = []
    var index = clause.startIndex
    while index < clause.endIndex {
      guard startsNumber(clause, at: index), let number = readNumber(clause, from: index) else {
        index = clause.index(after: index)
        continue
      }
      if let reading = figure(clause, number: number) {
        found.append(reading)
        index = reading.range.upperBound
      } else {
        index = number.end
      }
    }
    return found
  }

  static func years(in clause: Substring) -> [YearReading] {
    var found: [YearReading] = []
    var index = clause.startIndex
    while index < clause.endIndex {
      guard startsNumber(clause, at: index), let number = readNumber(clause, from: index) else {
        index = clause.index(after: index)
        continue
      }
      index = number.end
      var years = [(number.value, number.start, number.end)]
      var end = number.end
      if end < clause.endIndex, PlanTextCharacters.dashes.contains(clause[end]),
        let second = readNumber(clause, from: clause.index(after: end))
      {
        years.append((second.value, second.start, second.end))
        end = second.end
      }
      guard end < clause.endIndex, clause[end] == "年",
        years.allSatisfy({ isYear($0.0) })
      else { continue }
      let role = years.count > 1 ? .span : yearRole(clause, before: number.start, after: end)
      for (value, start, _) in years {
        found.append(
          YearReading(year: Int(value), role: role, range: start..<clause.index(after: end)))
      }
      index = clause.index(after: end)
    }
    return found
  }

  static func isYear(_ value: Double) -> Bool {
    value == value.rounded() && value >= 1949 && value <= 2100
  }

  private static func yearRole(
    _ clause: Substring, before start: String.Index, after end: String.Index
  )
    -> YearReading.Role
  {
    let before = clause[..<start]
    if dueLeads.contains(where: { before.hasSuffix($0) }) { return .due }
    if baseLeads.contains(where: { before.hasSuffix($0) }) { return .base }
    // `由2024年的9家增加到20家`: the year a change starts from.
    if let lead = before.last, ChangeStart.leads.contains(lead),
      clause[clause.index(after: end)...].hasPrefix("的")
    {
      return .base
    }
    let after = clause[clause.index(after: end)...]
    // `是2020年的2.3倍`: the year a multiple is measured against.
    if let lead = before.last, lead == "是" || lead == "为", after.hasPrefix("的") {
      let digits = after.dropFirst().prefix { PlanTextCharacters.isDigit($0) || $0 == "." }
      if !digits.isEmpty, after[digits.endIndex...].hasPrefix("倍") { return .base }
    }
    if after.hasPrefix("前") || after.hasPrefix("底") || after.hasPrefix("末") { return .due }
    return .plain
  }

  private static func startsNumber(_ text: Substring, at index: String.Index) -> Bool {
    guard PlanTextCharacters.isDigit(text[index]) else { return false }
    guard index > text.startIndex else { return true }
    let previous = text[text.index(before: index)]
    return !PlanTextCharacters.isDigit(previous) && !PlanTextCharacters.isLatinLetter(previous)
      && previous != "." && previous != "."
  }

  struct NumberRun {
    var value: Double
    var start: String.Index
    var end: String.Index
  }

  static func readNumber(_ text: Substring, from start: String.Index) -> NumberRun? {
    var digits = ""
    var index = start
    var seenPoint = false
    while index < text.endIndex {
      let c = text[index]
      if let d = PlanTextCharacters.digit(c) {
        digits.append(Character(String(d)))
      } else if c == "." || c == ".", !seenPoint, text.index(after: index) < text.endIndex,
        PlanTextCharacters.isDigit(text[text.index(after: index)])
      {
        seenPoint = true
        digits.append(".")
      } else if c == ",", !seenPoint, isThousandsGroup(text, after: index) {
        // 1,600: the comma groups thousands.
      } else {
        break
      }
      index = text.index(after: index)
    }
    guard let value = Double(digits) else { return nil }
    return NumberRun(value: value, start: start, end: index)
  }

  private static func isThousandsGroup(_ text: Substring, after comma: String.Index) -> Bool {
    var index = text.index(after: comma)
    for _ in 0..<3 {
      guard index < text.endIndex, PlanTextCharacters.isDigit(text[index]) else { return false }
      index = text.index(after: index)
    }
    return index == text.endIndex || !PlanTextCharacters.isDigit(text[index])
  }

  /// The figure a number opens, with a range (`2—3户`) and unit; nil for a year.
  private static func figure(_ clause: Substring, number: NumberRun) -> FigureReading? {
    var end = number.end
    var upper: NumberRun?
    if end < clause.endIndex, PlanTextCharacters.dashes.contains(clause[end]) || clause[end] == "至",
      clause.index(after: end) < clause.endIndex,
      let second = readNumber(clause, from: clause.index(after: end))
    {
      upper = second
      end = second.end
    }
    let rest = clause[end...]
    if rest.hasPrefix("年"), isYear(number.value) { return nil }
    var reading = FigureReading(range: number.start..<end)
    if let upper {
      (reading.min, reading.max) = (number.value, upper.value)
    } else {
      reading.value = number.value
    }
    if let scale = scaleUnit(rest) {
      reading.unit = "亿元"
      reading.value = (reading.value ?? 0) * scale.factor
      reading.isScale = true
      reading.range = number.start..<clause.index(end, offsetBy: scale.length)
      return reading
    }
    if let (unit, length) = bracketedUnit(rest) {
      reading.unit = unit
      reading.range = number.start..<clause.index(end, offsetBy: length)
    } else if let unit = unitsByLength.first(where: { rest.hasPrefix($0) }) {
      // `5G工厂`, `6G网络`: a letter unit run into words names a technology, not an amount;
      // so does one joined to another by `+` (`“5G+工业互联网”`), or listed with others
      // (`加快5G、算力等新型基础设施部署`).
      if unit.allSatisfy(PlanTextCharacters.isLatinLetter),
        let next = rest.dropFirst(unit.count).first,
        PlanTextCharacters.isHan(next) || "+＋、".contains(next)
      {
        return nil
      }
      // `150家次`, `200户次`: visits counted, a unit of its own the count's unit is cut from.
      // Not `3个次中心`, `2个次级节点`: a 次 run into a word (not a qualifier: `家次以上`) is
      // a part of that word.
      let afterVisits = rest.dropFirst(unit.count + 1)
      let runsIntoWord =
        afterVisits.first.map(PlanTextCharacters.isHan) == true
        && !QualifierWords.trailing.contains { afterVisits.hasPrefix($0.written) }
      if rest.dropFirst(unit.count).hasPrefix("次"), !unitsByLength.contains(unit + "次"),
        !runsIntoWord
      {
        reading.unknownUnit = unit + "次"
        if upper == nil { closeRange(&reading, in: clause) }
        return reading
      }
      reading.unit = unitSpellings[unit] ?? unit
      reading.range = number.start..<clause.index(end, offsetBy: unit.count)
    } else if let spelled = unitSpellings.keys.first(where: { rest.hasPrefix($0) }) {
      reading.unit = unitSpellings[spelled]
      reading.range = number.start..<clause.index(end, offsetBy: spelled.count)
    } else {
      let word = rest.prefix(while: PlanTextCharacters.isHan).prefix(2)
      reading.unknownUnit = word.isEmpty ? nil : String(word)
    }
    if upper == nil { closeRange(&reading, in: clause) }
    return reading
  }

  /// `9%—10%`, `5亿元至8亿元`: a range printed with its unit on both ends is one range.
  private static func closeRange(_ reading: inout FigureReading, in clause: Substring) {
    guard let unit = reading.unit, let value = reading.value else { return }
    let rest = clause[reading.range.upperBound...]
    guard let dash = rest.first, PlanTextCharacters.dashes.contains(dash) || dash == "至",
      rest.count > 1,
      let second = readNumber(rest, from: rest.index(after: rest.startIndex)),
      second.value > value
    else { return }
    let written =
      unitSpellings.first { $0.value == unit && clause[second.end...].hasPrefix($0.key) }?
      .key ?? unit
    guard clause[second.end...].hasPrefix(written) else { return }
    (reading.value, reading.min, reading.max) = (nil, value, second.value)
    reading.range = reading.range.lowerBound..<clause.index(second.end, offsetBy: written.count)
  }

  /// `30万台(套)`, `5台(套)`: a unit printed with its other half in brackets, read as the
  /// known unit the two make (`万台套`, `台套`).
  private static func bracketedUnit(_ rest: Substring) -> (unit: String, length: Int)? {
    let head = rest.prefix(while: PlanTextCharacters.isHan).prefix(3)
    let afterHead = rest[head.endIndex...]
    guard !head.isEmpty, let open = afterHead.first,
      PlanTextCharacters.openingBrackets.contains(open)
    else { return nil }
    let inner = afterHead.dropFirst().prefix(while: PlanTextCharacters.isHan)
    guard (1...2).contains(inner.count), let close = afterHead.dropFirst(1 + inner.count).first,
      PlanTextCharacters.closingBrackets.contains(close), KnownUnits.contains(String(head + inner))
    else { return nil }
    return (String(head + inner), head.count + inner.count + 2)
  }

  /// Counts in Chinese numerals after a goal verb: `打造…三个具有国际竞争力的产业集群`,
  /// `三张…名片`. Not `一批`/`一个` (no count), not `三个“倍增”` (a count of goals), not `三大`.
  static func chineseCounts(in clause: Substring) -> [FigureReading] {
    let verbs = ["打造", "建成", "培育", "新建", "形成", "建设", "创建", "引进"]
    guard
      let verb = verbs.compactMap({ clause.textRange(of: $0) }).min(by: {
        $0.lowerBound < $1.lowerBound
      })
    else { return [] }
    var found: [FigureReading] = []
    var index = verb.upperBound
    while index < clause.endIndex {
      let numerals = clause[index...].prefix(while: ChineseNumber.isNumeral)
      guard !numerals.isEmpty, let value = ChineseNumber.value(numerals), value >= 2,
        numerals.endIndex < clause.endIndex
      else {
        index = numerals.isEmpty ? clause.index(after: index) : numerals.endIndex
        continue
      }
      let rest = clause[numerals.endIndex...]
      // `“两个确立”`: a numeral inside quotes names a slogan, not a count.
      let quoted =
        numerals.startIndex > clause.startIndex
        && clause[clause.index(before: numerals.startIndex)] == "“"
      if !quoted, let unit = ["个", "张", "家", "座", "条", "项"].first(where: { rest.hasPrefix($0) }),
        let next = rest.dropFirst().first,
        PlanTextCharacters.isHan(next) || opensWithScale(rest.dropFirst()),
        !countsListedIndustries(clause[verb.upperBound..<numerals.startIndex], rest.dropFirst())
      {
        let end = clause.index(numerals.endIndex, offsetBy: unit.count)
        found.append(
          FigureReading(
            value: Double(value), unit: unit, range: numerals.startIndex..<end,
            writtenInChinese: true))
      }
      index = numerals.endIndex
    }
    return found
  }

  /// `培育A和B两个新兴产业`: a count closing a list of named industries says how many the list
  /// names; it is no goal.
  /// `两个300亿级产业集群` is a count of clusters of a scale, whatever list names them.
  private static func countsListedIndustries(_ list: Substring, _ noun: Substring) -> Bool {
    !opensWithScale(noun) && list.contains(where: { "、和与".contains($0) })
      && ["产业", "领域", "板块", "集群"].contains(where: { noun.prefix(6).contains($0) })
  }

  /// `300亿级产业集群`, `千亿级集群`: a noun opened by a scale class.
  static func opensWithScale(_ noun: Substring) -> Bool {
    let figure = noun.prefix { PlanTextCharacters.isDigit($0) || ChineseNumber.isNumeral($0) }
    return !figure.isEmpty && noun[figure.endIndex...].hasPrefix("亿级")
  }

  /// `亿级` after a number: a scale class in 亿元 (`500亿级`, `5千亿级`).
  private static func scaleUnit(_ rest: Substring) -> (factor: Double, length: Int)? {
    for (word, factor) in [("亿级", 1.0), ("千亿级", 1000.0), ("百亿级", 100.0), ("万亿级", 10000.0)]
    where rest.hasPrefix(word) {
      return (factor, word.count)
    }
    return nil
  }
}

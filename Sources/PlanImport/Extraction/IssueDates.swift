import PlanModel

/// When the document was issued, as it prints it: a labelled field in the opening
/// (`发文日期:2023年02月03日`, `发布时间:2026-04-08 10:30`), a line that is only a date
/// (`2023年9月12日`, `2026年3月`, `二〇二六年四月`), a speech's or a report's date line
/// (`——2024年6月26日在…会议上`, `(2026年1月22日…会议批准)`), else the date the signature
/// closes on (the last line of the text that is a date and nothing else, `ClosingLines.isDate`:
/// not `2026年6月完成3项`, not `2026年12月31日前`).
enum IssueDates {
  static let fieldLabels = ["发文日期", "成文日期", "印发日期", "发布日期", "日期"]
  static let longestDateLine = 14
  /// Words that close a bracketed line of the date a congress approved the document on.
  static let approvalWords = ["批准", "通过"]

  /// `stated`: the opening's own date (`openingDate`), worked out by the caller once.
  static func date(opening: [String], paragraphs: [String], stated: PlanDate?) -> PlanDate? {
    if let stated { return stated }
    for line in opening {
      if let value = DocumentMetadata.fieldValue(line, labels: ["发布时间"]), let date = parse(value) {
        return date
      }
    }
    let lines = opening.map { PlanTextCharacters.trimmed($0) }
    if let date = lines.lazy.filter({ $0.count <= longestDateLine }).compactMap(yearAndMonth).first
    {
      return date
    }
    if let date = lines.lazy.compactMap(approved).first { return date }
    return paragraphs.reversed().lazy.map { PlanTextCharacters.trimmed($0) }
      .filter(ClosingLines.isDate).compactMap(parse).first
  }

  /// The date the opening states in a labelled field, on a line of its own or under a
  /// speech's title: the one the rules date the plan's years by (`PlanDrafter`). The other
  /// forms above date the document only.
  static func openingDate(_ opening: [String]) -> PlanDate? {
    for line in opening {
      if let value = DocumentMetadata.fieldValue(line, labels: fieldLabels), let date = parse(value)
      {
        return date
      }
    }
    let lines = opening.filter { $0.count <= longestDateLine }
    if let date = lines.lazy.compactMap(parse).first { return date }
    return opening.lazy.compactMap(delivered).first
  }

  /// The date of a speech or a report to a congress, on the line under its title
  /// (`——2024年6月26日在X市第十七届人民代表大会常务委员会第十九次会议上`).
  static func delivered(_ line: String) -> PlanDate? {
    let text = line.drop { $0 == "—" || $0 == "-" || PlanTextCharacters.isSpace($0) }
    guard text.count < line.count, let day = text.firstIndex(of: "日"),
      text[text.index(after: day)...].hasPrefix("在")
    else { return nil }
    return parse(String(text[...day]))
  }

  /// `(2026年1月22日X市第十届人民代表大会第五次会议批准)`: the date a congress approved it on.
  static func approved(_ line: String) -> PlanDate? {
    guard let first = line.first, PlanTextCharacters.openingBrackets.contains(first),
      let last = line.last, PlanTextCharacters.closingBrackets.contains(last)
    else { return nil }
    let inner = line.dropFirst().dropLast()
    guard approvalWords.contains(where: inner.hasSuffix), let day = inner.firstIndex(of: "日"),
      inner.distance(from: inner.startIndex, to: day) <= 11
    else { return nil }
    return parse(String(inner[...day]))
  }

  /// `2023年9月12日`, `2023年02月03日` or `2023-11-16`.
  static func parse(_ text: String) -> PlanDate? {
    let numbers = text.split(whereSeparator: { !PlanTextCharacters.isDigit($0) }).compactMap {
      Int(String($0))
    }
    guard numbers.count == 3, NumberUnitParser.isYear(Double(numbers[0])),
      (1...12).contains(numbers[1]), (1...31).contains(numbers[2])
    else { return nil }
    return PlanDate(year: numbers[0], month: numbers[1], day: numbers[2])
  }

  /// `2026年3月` or `二〇二六年四月`: a line of a year and a month, nothing else.
  static func yearAndMonth(_ text: String) -> PlanDate? {
    guard text.hasSuffix("月"), let mark = text.firstIndex(of: "年") else { return nil }
    let yearText = text[..<mark]
    let monthText = text[text.index(after: mark)..<text.index(before: text.endIndex)]
    guard let year = number(yearText), NumberUnitParser.isYear(Double(year)),
      let month = number(monthText), (1...12).contains(month)
    else { return nil }
    return PlanDate(year: year, month: month)
  }

  /// Arabic digits, or Chinese numerals (`二〇二六`, `十二`; `○` for `〇` as some offices type it).
  static func number(_ text: Substring) -> Int? {
    if !text.isEmpty, text.allSatisfy(PlanTextCharacters.isDigit) {
      return text.reduce(0) { $0 * 10 + (PlanTextCharacters.digit($1) ?? 0) }
    }
    return ChineseNumber.value(Substring(text.map { $0 == "○" ? "〇" : $0 }))
  }
}

import PlanModel

/// The words of every problem found in a file of actual figures or measure ids, in Chinese
/// and English: the one catalogue `actual import` and `mark --from-file` take them from.
public enum ImportText {
  static let notUTF8 = Localized(
    zh: "文件不是 UTF-8 文本；请另存为“CSV UTF-8”", en: "not UTF-8 text; save the file as \"CSV UTF-8\"")
  static let empty = Localized(zh: "文件是空的", en: "the file is empty")

  static func missingColumns(_ missing: [String]) -> Localized {
    Localized(
      zh: "表头须列出 id、year、value、note 各列（缺少：\(missing.joined(separator: "、"))）",
      en:
        "the header must name the columns id, year, value, note (missing: \(missing.joined(separator: ", ")))"
    )
  }

  static func unnamedColumn(_ column: Int) -> Localized {
    Localized(
      zh: "第\(column)列有值，但表头没有这一列",
      en: "unexpected value in column \(column), which the header does not name")
  }

  static let emptyID = Localized(zh: "id 为空", en: "the id is empty")

  static func badYear(_ text: String) -> Localized {
    let range = ItemText.years(YearRules.range)
    return Localized(
      zh: "year“\(text)”不是年份（应为\(range.zh)之间的整数）",
      en:
        "year \"\(text)\" is not a year (a whole number from \(YearRules.range.lowerBound) to \(YearRules.range.upperBound))"
    )
  }

  static func badValue(_ text: String) -> Localized {
    Localized(zh: "value“\(text)”不是数字", en: "value \"\(text)\" is not a number")
  }

  static func repeated(_ id: String, _ year: Int, line: Int) -> Localized {
    Localized(
      zh: "\(id) \(year) 已在第\(line)行给出", en: "\(id) \(year) already given on line \(line)")
  }

  // Quoting.
  static let quoteInField = Localized(
    zh: "未加引号的字段中有引号（\"）；请给整个字段加引号",
    en: "a quote (\") inside an unquoted field; quote the whole field")
  static let textAfterQuote = Localized(
    zh: "右引号后还有文字；请给整个字段加引号", en: "text after a closing quote; quote the whole field")
  static let unclosedQuote = Localized(zh: "引号未闭合", en: "a quoted field is not closed")
}

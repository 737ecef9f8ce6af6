/// The words of the outline's rules (`outline:` and `source.heading`), in Chinese and English.
extension RuleText {
  static let emptyHeadingKey = Localized(zh: "标题的 key 为空", en: "a heading's key is empty")

  static let emptyHeadingTitle = Localized(zh: "标题文字为空", en: "a heading's title is empty")

  static func duplicateHeadingKey(_ key: String) -> Localized {
    Localized(zh: "标题 key“\(key)”重复", en: "duplicate heading key '\(key)'")
  }

  static func unknownParentHeading(_ key: String) -> Localized {
    Localized(zh: "上级标题“\(key)”不在大纲中", en: "parent heading '\(key)' is not in the outline")
  }

  static func parentHeadingAfter(_ key: String) -> Localized {
    Localized(
      zh: "上级标题“\(key)”须排在本标题之前", en: "parent heading '\(key)' must come before this heading")
  }

  static func unknownHeadingNumber(_ number: String) -> Localized {
    Localized(
      zh: "无法识别的标题编号“\(number)”（可用：一、 (一) 1. (1) 第一章 第一节 第一条）",
      en: "heading number '\(number)' is in no known style (一、 (一) 1. (1) 第一章 第一节 第一条)")
  }

  static func duplicateHeadingNumber(_ number: String) -> Localized {
    Localized(zh: "同级标题编号“\(number)”重复", en: "duplicate heading number '\(number)' among siblings")
  }

  static func headingNumberBackwards(_ number: String, after previous: String) -> Localized {
    Localized(
      zh: "标题编号“\(number)”排在“\(previous)”之后，顺序颠倒",
      en: "heading number '\(number)' comes after '\(previous)': out of order")
  }

  static func headingNumberGap(_ number: String, after previous: String, missing: String)
    -> Localized
  {
    Localized(
      zh: "标题编号“\(number)”紧接“\(previous)”，缺少“\(missing)”",
      en: "heading number '\(number)' follows '\(previous)': '\(missing)' is missing")
  }

  static func headingNumberOpens(_ number: String, expected: String, runOn: String?) -> Localized {
    guard let runOn, runOn != expected else {
      return Localized(
        zh: "标题编号“\(number)”开始一组同级编号，应为“\(expected)”",
        en: "heading number '\(number)' opens its siblings: expected '\(expected)'")
    }
    return Localized(
      zh: "标题编号“\(number)”开始一组同级编号，应为“\(expected)”或接续上文的“\(runOn)”",
      en:
        "heading number '\(number)' opens its siblings: expected '\(expected)' or '\(runOn)' running on"
    )
  }

  static func unknownHeading(_ key: String) -> Localized {
    Localized(zh: "出处标题“\(key)”不在大纲中", en: "source heading '\(key)' is not in the outline")
  }
}

/// A heading's number as printed, read as a style and a value: `三、` is the third chapter,
/// `(十二)` the twelfth section, `3.` the third item, `(3)` the third sub-item, `第二章` the second
/// chapter of a 规划 (`第一部分`, `第一篇`, `第一章`, `第一节`), `第三条` the third article of a 办法 or
/// 若干措施 (numbered on across its chapters). Full-width brackets and full stops are
/// read as the half-width ones the seeds print.
public struct HeadingNumber: Hashable, Sendable {
  /// The ways plans number their headings, from chapter down.
  public enum Style: Hashable, Sendable, CaseIterable {
    /// `一、` `二、` …
    case chineseComma
    /// `(一)` `(二)` …
    case chineseBracketed
    /// `1.` `2.` …
    case arabicDot
    /// `(1)` `(2)` …
    case arabicBracketed
    /// `第一部分` `第二部分` …
    case part
    /// `第一篇` `第二篇` …
    case volume
    /// `第一章` `第二章` …
    case chapter
    /// `第一节` `第二节` …
    case section
    /// `第一条` `第二条` …: the articles of a 办法 or 若干政策措施.
    case article

    /// The word after the ordinal of `第…` styles (`章` in `第一章`).
    var ordinalWord: String? {
      switch self {
      case .part: "部分"
      case .volume: "篇"
      case .chapter: "章"
      case .section: "节"
      case .article: "条"
      case .chineseComma, .chineseBracketed, .arabicDot, .arabicBracketed: nil
      }
    }
  }

  public var style: Style
  public var value: Int

  public init(style: Style, value: Int) {
    self.style = style
    self.value = value
  }

  /// Reads a printed number; nil for an empty one or one in no known style.
  public init?(printed: String) {
    var scalars = Array(printed.unicodeScalars.filter { $0 != " " && $0 != "\u{3000}" })
    guard scalars.count >= 2 else { return nil }
    if scalars[0] == "第" {
      guard let number = Self.ordinal(String(String.UnicodeScalarView(scalars))) else { return nil }
      self = number
      return
    }
    let first = scalars[0]
    let end = scalars[scalars.count - 1]
    let bracketed = (first == "(" || first == "（") && (end == ")" || end == "）")
    let suffixed = end == "、" || end == "." || end == "．"
    guard bracketed || suffixed else { return nil }
    if bracketed { scalars.removeFirst() }
    let last = scalars.removeLast()
    guard !scalars.isEmpty else { return nil }
    if scalars.allSatisfy(ChineseNumeral.isArabic) {
      guard bracketed || last != "、" else { return nil }
      self.init(
        style: bracketed ? .arabicBracketed : .arabicDot,
        value: ChineseNumeral.arabicValue(scalars))
    } else if scalars.allSatisfy(ChineseNumeral.isChinese) {
      guard bracketed || last == "、" else { return nil }
      self.init(
        style: bracketed ? .chineseBracketed : .chineseComma,
        value: ChineseNumeral.chineseValue(scalars))
    } else {
      return nil
    }
  }

  /// `第二章`, `第3节`: the ordinal in Chinese or Arabic numerals between 第 and the word.
  private static func ordinal(_ text: String) -> HeadingNumber? {
    for style in Style.allCases {
      guard let word = style.ordinalWord, text.hasSuffix(word) else { continue }
      let middle = text.dropFirst().dropLast(word.count).unicodeScalars
      guard !middle.isEmpty else { return nil }
      if middle.allSatisfy(ChineseNumeral.isArabic) {
        return HeadingNumber(style: style, value: ChineseNumeral.arabicValue(middle))
      }
      if middle.allSatisfy(ChineseNumeral.isChinese) {
        return HeadingNumber(style: style, value: ChineseNumeral.chineseValue(middle))
      }
      return nil
    }
    return nil
  }

  /// The number as the seeds print it: `三、`, `(十二)`, `3.`, `(3)`, `第二章`.
  public var printed: String {
    switch style {
    case .chineseComma: ChineseNumeral.text(value) + "、"
    case .chineseBracketed: "(" + ChineseNumeral.text(value) + ")"
    case .arabicDot: "\(value)."
    case .arabicBracketed: "(\(value))"
    case .part, .volume, .chapter, .section, .article:
      "第" + ChineseNumeral.text(value) + (style.ordinalWord ?? "")
    }
  }

  /// The number after this one in the same style.
  public var next: HeadingNumber { HeadingNumber(style: style, value: value + 1) }
}

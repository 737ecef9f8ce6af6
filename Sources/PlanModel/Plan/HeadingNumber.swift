/// A heading's number as printed, read as a style and a value: `三、` is the third chapter,
/// `(十二)` the twelfth section, `3.` the third item, `(3)` the third sub-item. Full-width
/// brackets and full stops are read as the half-width ones the seeds print.
public struct HeadingNumber: Hashable, Sendable {
  /// The four ways plans number their headings, from chapter down.
  public enum Style: Hashable, Sendable, CaseIterable {
    /// `一、` `二、` …
    case chineseComma
    /// `(一)` `(二)` …
    case chineseBracketed
    /// `1.` `2.` …
    case arabicDot
    /// `(1)` `(2)` …
    case arabicBracketed
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

  /// The number as the seeds print it: `三、`, `(十二)`, `3.`, `(3)`.
  public var printed: String {
    switch style {
    case .chineseComma: ChineseNumeral.text(value) + "、"
    case .chineseBracketed: "(" + ChineseNumeral.text(value) + ")"
    case .arabicDot: "\(value)."
    case .arabicBracketed: "(\(value))"
    }
  }

  /// The number after this one in the same style.
  public var next: HeadingNumber { HeadingNumber(style: style, value: value + 1) }
}

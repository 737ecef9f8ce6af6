/// The numbering a heading opens with, as printed: `一、` `(一)` `1.` `(1)` `第一章` `第一条` `①`, or the
/// word that opens an attachment (`附件:…`).
struct HeadingMarker: Hashable {
  enum Style: Hashable {
    /// `第一部分`, `第一篇`, `第一章`, `第一节`, `第一条`: each word a style of its own, so that a 节
    /// nests under its 章 and an article (`第三条 X。…`) under its chapter.
    case part, volume, chapter, section, article
    case chineseComma, chineseBracket, arabicDot, arabicBracket, circled
    /// An attachment's heading, `附件:重点任务分工` or `附件2`: printed without a number, at the
    /// top of the outline, its words the whole line.
    case annex
    /// A preface's heading, `前言` or `序 言`: printed alone on its line without a number, at the
    /// top of the outline.
    case preface
    /// A part the text does not head (numbering that starts again at the top).
    case unheadedPart
  }

  var style: Style
  /// The number as printed, e.g. `(一)`.
  var printed: String
  /// Its value (一 → 1), for noticing numbering that starts again.
  var ordinal: Int
  /// Where the heading's words start after the number.
  var end: String.Index
  /// The word of a heading printed without a number (`前言`), for its key.
  var word = ""

  /// The key part the outline uses: the number without 、 . or spaces (`三`, `(二)`, `1`).
  var keyPart: String {
    if style == .annex { return ordinal == 0 ? Self.annexWord : "\(Self.annexWord)\(ordinal)" }
    if style == .preface { return word }
    return String(printed.filter { !["、", ".", ".", " ", "\u{3000}"].contains($0) })
  }

  static let annexWord = "附件"
  /// The longest line read as an attachment's heading.
  static let longestAnnexLine = 40

  /// The marker at the start of `text`, if it opens with one.
  static func at(startOf text: String) -> HeadingMarker? {
    chapter(text) ?? bracketed(text) ?? chineseComma(text) ?? arabicDot(text) ?? circled(text)
      ?? annex(text) ?? preface(text)
  }

  /// True for a heading printed without a number at the top of the outline (`附件:…`, `前言`).
  var isUnnumberedTop: Bool { style == .annex || style == .preface }

  /// The words of a preface's heading.
  static let prefaceWords = ["前言", "序言", "引言"]

  /// How the addressee of a letter before the text ends (`致投资者`, `致全市企业家`, `致广大客商`).
  static let addresseeEnds: Set<Character> = ["者", "家", "商", "友", "们"]
  /// The longest addressee of such a letter.
  static let longestAddressee = 8

  /// `前言`, `前　言`: a preface's word alone on its line, spaced or not; `致投资者`: the heading of
  /// a letter to the readers, alone on its line, read as a preface.
  private static func preface(_ text: String) -> HeadingMarker? {
    let word = String(text.filter { !PlanTextCharacters.isSpace($0) })
    guard prefaceWords.contains(word) || isLetterHeading(word) else { return nil }
    return HeadingMarker(style: .preface, printed: "", ordinal: 0, end: text.startIndex, word: word)
  }

  /// `致投资者`: 致 and an addressee of Han characters only, ending as one does.
  static func isLetterHeading(_ word: String) -> Bool {
    guard word.hasPrefix("致") else { return false }
    let addressee = word.dropFirst()
    return (2...longestAddressee).contains(addressee.count)
      && addressee.allSatisfy(PlanTextCharacters.isHan)
      && addressee.last.map(addresseeEnds.contains) == true
  }

  /// `附件:重点任务分工`, `附件2:…`, `附件`: a short line of its own, no sentence in it.
  private static func annex(_ text: String) -> HeadingMarker? {
    guard text.hasPrefix(annexWord), text.count <= longestAnnexLine,
      !text.contains(where: PlanTextCharacters.sentenceEnds.contains)
    else { return nil }
    let rest = text.dropFirst(annexWord.count)
    let digits = rest.prefix(while: PlanTextCharacters.isDigit)
    let after = rest[digits.endIndex...].drop(while: PlanTextCharacters.isSpace)
    guard after.isEmpty || after.first == ":" || after.first == "\u{FF1A}" else { return nil }
    // `附件:1.…分解表` (then `2.…`): a notice's list of its annexes, not an annex's own line.
    let listed = after.dropFirst().drop(while: PlanTextCharacters.isSpace)
    let number = listed.prefix(while: PlanTextCharacters.isDigit)
    if !number.isEmpty, let mark = listed[number.endIndex...].first, ".、\u{FF0E}".contains(mark) {
      return nil
    }
    return HeadingMarker(
      style: .annex, printed: "", ordinal: arabic(digits) ?? 0, end: text.startIndex)
  }

  private static func chapter(_ text: String) -> HeadingMarker? {
    guard text.first == "第" else { return nil }
    let numerals = text.dropFirst().prefix(while: ChineseNumber.isNumeral)
    guard let ordinal = ChineseNumber.value(numerals), numerals.endIndex < text.endIndex else {
      return nil
    }
    let rest = text[numerals.endIndex...]
    let words: [(String, Style)] = [
      ("部分", .part), ("篇", .volume), ("章", .chapter), ("节", .section), ("条", .article),
    ]
    guard let (word, style) = words.first(where: { rest.hasPrefix($0.0) }) else { return nil }
    let end = text.index(numerals.endIndex, offsetBy: word.count)
    return HeadingMarker(
      style: style, printed: String(text[..<end]), ordinal: ordinal,
      end: skipSeparator(text, end))
  }

  private static func bracketed(_ text: String) -> HeadingMarker? {
    guard let first = text.first, PlanTextCharacters.openingBrackets.contains(first) else {
      return nil
    }
    let inside = text.dropFirst().prefix(while: { !PlanTextCharacters.closingBrackets.contains($0) }
    )
    guard inside.endIndex < text.endIndex, !inside.isEmpty, inside.count <= 4 else { return nil }
    let end = text.index(after: inside.endIndex)
    let style: Style
    let ordinal: Int
    if let value = ChineseNumber.value(inside) {
      (style, ordinal) = (.chineseBracket, value)
    } else if inside.allSatisfy(PlanTextCharacters.isDigit), let value = arabic(inside) {
      (style, ordinal) = (.arabicBracket, value)
    } else {
      return nil
    }
    return HeadingMarker(style: style, printed: String(text[..<end]), ordinal: ordinal, end: end)
  }

  private static func chineseComma(_ text: String) -> HeadingMarker? {
    let numerals = text.prefix(while: ChineseNumber.isNumeral)
    guard let ordinal = ChineseNumber.value(numerals), numerals.endIndex < text.endIndex,
      ["、", ".", "."].contains(text[numerals.endIndex])
    else { return nil }
    let end = text.index(after: numerals.endIndex)
    return HeadingMarker(
      style: .chineseComma, printed: String(text[..<end]), ordinal: ordinal, end: end)
  }

  private static func arabicDot(_ text: String) -> HeadingMarker? {
    let digits = text.prefix(while: PlanTextCharacters.isDigit)
    guard !digits.isEmpty, digits.count <= 2, digits.endIndex < text.endIndex,
      [".", ".", "、"].contains(text[digits.endIndex]), let ordinal = arabic(digits)
    else { return nil }
    let end = text.index(after: digits.endIndex)
    // "1.5亿元" is a number, not a heading.
    if end < text.endIndex, PlanTextCharacters.isDigit(text[end]) { return nil }
    return HeadingMarker(
      style: .arabicDot, printed: String(text[..<end]), ordinal: ordinal,
      end: skipSeparator(text, end))
  }

  private static func circled(_ text: String) -> HeadingMarker? {
    guard let scalar = text.unicodeScalars.first, (0x2460...0x2473).contains(scalar.value) else {
      return nil
    }
    let end = text.index(after: text.startIndex)
    return HeadingMarker(
      style: .circled, printed: String(text[..<end]), ordinal: Int(scalar.value - 0x2460) + 1,
      end: end)
  }

  private static func arabic(_ digits: Substring) -> Int? {
    var value = 0
    for c in digits {
      guard let d = PlanTextCharacters.digit(c) else { return nil }
      value = value * 10 + d
    }
    return value
  }

  private static func skipSeparator(_ text: String, _ index: String.Index) -> String.Index {
    var index = index
    while index < text.endIndex, PlanTextCharacters.isSpace(text[index]) || text[index] == "、" {
      index = text.index(after: index)
    }
    return index
  }
}

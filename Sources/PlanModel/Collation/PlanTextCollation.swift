/// The order in which plan text sorts for a Chinese reader. Two collations:
///
/// - `section(_:)` for section numbers and ids (`三(一)`, `四(一)2`, `三(一) ¶2`, `第三条`, `5.`):
///   numbers — Chinese numerals (`一`…`十`, `十一`…`九十九`, `一百零五`) and digits — compare by
///   value, part by part, so `三(一) < 三(二) < 三(十) < 三(十一) < 四`. Brackets, spaces, `¶`
///   and other punctuation only separate parts. Text between the numbers (`第`, `条`) compares
///   like `reading(_:)`, after a number at the same place. Text with no number at all sorts
///   after every text that has one.
/// - `reading(_:)` for names and titles: Chinese characters compare by their pinyin reading
///   (`巴中 < 成都 < 合川 < 南充 < 通城`), other characters by code point and before Chinese.
///
/// Readings come from the pinyin table behind `/` search (`PinyinIndex`); a character with
/// several sorts by the one the table lists first, its most common (`合` as `he`, `区` as `qu`,
/// `重` as `zhong`), whatever the word (`重庆` sorts as `zhongqing`, as there is no word list).
/// Ties (same readings) fall back to code point order of the whole text, so the order is total
/// and the same on every run.
public enum PlanTextCollation {
  /// The key of a section number or id.
  public static func section(_ text: String) -> CollationKey {
    let scalars = Array(text.unicodeScalars)
    var weights: [UInt64] = [0]  // 0: has a number; replaced by 1 below when it has none
    var hasNumber = false
    var i = 0
    while i < scalars.count {
      let scalar = scalars[i]
      if ChineseNumeral.isArabic(scalar) || ChineseNumeral.isChinese(scalar) {
        let arabic = ChineseNumeral.isArabic(scalar)
        var end = i + 1
        while end < scalars.count,
          arabic
            ? ChineseNumeral.isArabic(scalars[end]) : ChineseNumeral.isChinese(scalars[end])
        {
          end += 1
        }
        let run = scalars[i..<end]
        let value = arabic ? ChineseNumeral.arabicValue(run) : ChineseNumeral.chineseValue(run)
        weights.append(UInt64(value))
        hasNumber = true
        i = end
      } else {
        if !isSeparator(scalar) { weights.append(textTag | characterWeight(scalar)) }
        i += 1
      }
    }
    if !hasNumber { weights[0] = 1 }
    return CollationKey(weights: weights, text: text)
  }

  /// The key of a name or title: by pinyin reading, character by character.
  public static func reading(_ text: String) -> CollationKey {
    CollationKey(weights: text.unicodeScalars.map(characterWeight), text: text)
  }

  /// Marks a text part in a section key; numbers (below 2^53) sort before it.
  private static let textTag: UInt64 = 1 << 62

  /// Marks a character with a pinyin reading; other characters (code points below 2^21) sort
  /// before it.
  private static let readingTag: UInt64 = 1 << 48

  /// Letters of a reading kept in a weight, 5 bits each (the longest reading has 6).
  private static let readingLetters = 8

  /// One character's primary weight: its sort reading for a Chinese character, else its code
  /// point.
  static func characterWeight(_ scalar: Unicode.Scalar) -> UInt64 {
    guard let syllable = PinyinIndex.shared.sortSyllable(of: scalar.value) else {
      return UInt64(scalar.value)
    }
    return packedReadings[syllable]
  }

  /// Every syllable of the pinyin table as a weight: `readingTag`, then its letters, 5 bits
  /// each (a = 1 … z = 26, 0 past the end, so `xi` sorts before `xian`).
  private static let packedReadings: [UInt64] = PinyinIndex.shared.syllables.map { reading in
    var packed: UInt64 = 0
    for k in 0..<readingLetters {
      packed <<= 5
      if k < reading.count {
        let letter = reading[k]
        if letter >= UInt8(ascii: "a") && letter <= UInt8(ascii: "z") {
          packed |= UInt64(letter - UInt8(ascii: "a") + 1)
        }
      }
    }
    return readingTag | packed
  }

  /// Characters that only separate the parts of a section number: spaces, punctuation
  /// (brackets of either width, `.`, `、`, `¶`) and symbols.
  private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .spaceSeparator, .lineSeparator, .paragraphSeparator, .control, .format,
      .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
      .initialPunctuation, .finalPunctuation, .otherPunctuation,
      .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
      true
    default: false
    }
  }
}

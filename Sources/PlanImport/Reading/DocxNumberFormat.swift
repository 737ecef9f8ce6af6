/// A list number written as Word prints it in each `w:numFmt` plan documents use: Chinese
/// counting (一、十一、二十三), Chinese digits (一〇), 甲乙丙, circled and full-width digits,
/// letters and Roman numerals. A format it does not know is written in decimal.
enum DocxNumberFormat {
  static func format(_ number: Int, as format: String) -> String {
    switch format {
    case "decimal": String(number)
    case "decimalZero": number < 10 ? "0\(number)" : String(number)
    case "decimalFullWidth", "decimalFullWidth2": fullWidth(number)
    case "decimalEnclosedCircle", "decimalEnclosedCircleChinese": circled(number)
    case "decimalEnclosedParen": "(\(number))"
    case "decimalEnclosedFullstop": "\(number)."
    case "chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting",
      "taiwaneseCountingThousand", "ideographEnclosedCircle":
      chineseCounting(number, digits: lowerDigits, units: lowerUnits)
    case "chineseLegalSimplified", "ideographLegalTraditional":
      chineseCounting(number, digits: upperDigits, units: upperUnits)
    case "ideographDigital", "japaneseDigitalTenThousand", "taiwaneseDigital":
      String(String(number).compactMap { lowerDigits[Int(String($0))!] })
    case "ideographTraditional": cycle(number, "甲乙丙丁戊己庚辛壬癸")
    case "ideographZodiac": cycle(number, "子丑寅卯辰巳午未申酉戌亥")
    case "upperLetter": letters(number, upper: true)
    case "lowerLetter": letters(number, upper: false)
    case "upperRoman": roman(number)
    case "lowerRoman": roman(number).lowercased()
    case "bullet", "none": ""
    default: String(number)
    }
  }

  static let lowerDigits: [Character] = Array("〇一二三四五六七八九")
  static let upperDigits: [Character] = Array("零壹贰叁肆伍陆柒捌玖")
  static let lowerUnits: [Character] = Array("十百千")
  static let upperUnits: [Character] = Array("拾佰仟")

  /// Counting as written (under 10 000): 十, 十一, 二十, 一百零五, 一千二百.
  static func chineseCounting(_ number: Int, digits: [Character], units: [Character]) -> String {
    guard number > 0, number < 10000 else { return String(number) }
    if (10..<20).contains(number) {
      return String(units[0]) + (number == 10 ? "" : String(digits[number % 10]))
    }
    let places = [number / 1000, number / 100 % 10, number / 10 % 10, number % 10]
    var result = ""
    var pendingZero = false
    for (index, digit) in places.enumerated() {
      if digit == 0 {
        pendingZero = !result.isEmpty
        continue
      }
      if pendingZero { result.append(digits[0] == "〇" ? "零" : digits[0]) }
      pendingZero = false
      result.append(digits[digit])
      if index < 3 { result.append(units[2 - index]) }
    }
    return result
  }

  static func fullWidth(_ number: Int) -> String {
    String(String(number).unicodeScalars.map { Character(Unicode.Scalar($0.value + 0xFEE0)!) })
  }

  static func circled(_ number: Int) -> String {
    guard (1...20).contains(number) else { return "(\(number))" }
    return String(Character(Unicode.Scalar(0x2460 + UInt32(number) - 1)!))
  }

  static func cycle(_ number: Int, _ signs: String) -> String {
    let list = Array(signs)
    return number >= 1 ? String(list[(number - 1) % list.count]) : String(number)
  }

  /// a … z, then aa … zz (as Word counts).
  static func letters(_ number: Int, upper: Bool) -> String {
    guard number >= 1 else { return String(number) }
    let letter = Character(Unicode.Scalar(UInt8((upper ? 65 : 97) + (number - 1) % 26)))
    return String(repeating: letter, count: (number - 1) / 26 + 1)
  }

  static func roman(_ number: Int) -> String {
    guard number >= 1, number < 4000 else { return String(number) }
    let table: [(Int, String)] = [
      (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
      (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ]
    var rest = number
    var result = ""
    for (value, sign) in table {
      while rest >= value {
        result += sign
        rest -= value
      }
    }
    return result
  }
}

/// Numbers as people type them or spreadsheets write them: the one reader used by the
/// dashboard's form, `actual set` and CSV import, so all three accept the same text.
///
/// Accepted: ASCII or full-width digits (from a Chinese input method, or a WPS sheet), one
/// leading sign (`-`, `－`, `−`, `+`, `＋`), a decimal point (`.`, `．`, or the `。` an input
/// method types in Chinese punctuation mode), thousands separators (`,` or `，`) only in
/// whole groups of three before the point (`1,234.5`), an exponent (`1e3`, `1.2E+07`) and
/// spaces around the text. Refused: anything else, and numbers that are not finite.
public enum TypedNumber {
  /// The finite number the text spells, or `nil`.
  public static func decimal(_ text: String) -> Double? {
    guard let ascii = folded(text) else { return nil }
    var rest = Substring(ascii)
    var plain = ""
    if let sign = rest.first, sign == "-" || sign == "+" {
      if sign == "-" { plain.append("-") }
      rest = rest.dropFirst()
    }
    let mantissaEnd = rest.firstIndex(where: { $0 == "e" || $0 == "E" }) ?? rest.endIndex
    let mantissa = rest[..<mantissaEnd]
    let parts = mantissa.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
    let whole = parts[0]
    let fraction = parts.count > 1 ? parts[1] : nil
    guard let wholeDigits = groupedDigits(whole) else { return nil }
    if let fraction {
      guard fraction.allSatisfy(\.isASCIIDigit), !(wholeDigits.isEmpty && fraction.isEmpty)
      else { return nil }
    } else if wholeDigits.isEmpty {
      return nil
    }
    plain += wholeDigits.isEmpty ? "0" : wholeDigits
    if let fraction, !fraction.isEmpty { plain += "." + fraction }
    if mantissaEnd < rest.endIndex {
      var exponent = rest[rest.index(after: mantissaEnd)...]
      var exponentSign = ""
      if let sign = exponent.first, sign == "-" || sign == "+" {
        exponentSign = sign == "-" ? "-" : ""
        exponent = exponent.dropFirst()
      }
      guard !exponent.isEmpty, exponent.allSatisfy(\.isASCIIDigit) else { return nil }
      plain += "e" + exponentSign + exponent
    }
    guard let value = Double(plain), value.isFinite else { return nil }
    return value
  }

  /// The whole number the text spells (ASCII or full-width digits, an optional leading
  /// sign, no separators), as a year is written; or `nil`.
  public static func whole(_ text: String) -> Int? {
    guard let ascii = folded(text) else { return nil }
    var digits = Substring(ascii)
    var negative = false
    if let sign = digits.first, sign == "-" || sign == "+" {
      negative = sign == "-"
      digits = digits.dropFirst()
    }
    guard !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit), let value = Int(digits) else {
      return nil
    }
    return negative ? -value : value
  }

  /// The text with its surrounding spaces dropped and its full-width and look-alike
  /// characters replaced by ASCII ones; `nil` when it is empty.
  static func folded(_ text: String) -> String? {
    var out = ""
    for scalar in text.unicodeScalars {
      let v = scalar.value
      switch v {
      case 0xFF10...0xFF19: out.unicodeScalars.append(Unicode.Scalar(v - 0xFF10 + 0x30)!)
      case 0xFF0E, 0x3002: out += "."
      case 0xFF0D, 0x2212: out += "-"
      case 0xFF0B: out += "+"
      case 0xFF0C: out += ","
      case 0xFF45: out += "e"
      case 0xFF25: out += "E"
      default: out.unicodeScalars.append(scalar)
      }
    }
    let trimmed = out.trimmingSpaces
    return trimmed.isEmpty ? nil : trimmed
  }

  /// The digits of a whole part, with thousands separators checked and removed: `""` for
  /// an empty part, `nil` when a character is not a digit or a group is not whole.
  private static func groupedDigits(_ whole: Substring) -> String? {
    guard whole.contains(",") else {
      return whole.allSatisfy(\.isASCIIDigit) ? String(whole) : nil
    }
    let groups = whole.split(separator: ",", omittingEmptySubsequences: false)
    guard (1...3).contains(groups[0].count), groups.dropFirst().allSatisfy({ $0.count == 3 }),
      groups.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) })
    else { return nil }
    return groups.joined()
  }
}

extension Character {
  fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) && isASCII }
}

/// A class of enterprises by size said short by its amount in 亿 in a chain of upgrades
/// (`规升亿`, `亿升十亿`, `十亿升五十亿`, `10亿升50亿`): `亿` → 亿元企业, `十亿` → 十亿元企业,
/// `50亿元` → 50亿元企业. The amount is numerals (Chinese or Arabic, or none) closed by `亿` and
/// at most `元`; nothing else is one (`十万`, `亿元以上`).
enum UpgradeAmounts {
  static func tier(named name: String) -> String? {
    var amount = Substring(name)
    if amount.hasSuffix("元") { amount = amount.dropLast() }
    guard amount.hasSuffix("亿") else { return nil }
    let numerals = amount.dropLast()
    guard
      numerals.allSatisfy({ ChineseNumber.isNumeral($0) || PlanTextCharacters.isDigit($0) }),
      numerals.isEmpty || ChineseNumber.value(numerals) != nil || Int(numerals) != nil
    else { return nil }
    return numerals + "亿元企业"
  }
}

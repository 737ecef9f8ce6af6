/// Unambiguous stand-ins for East Asian ambiguous characters, for terminals that draw those
/// wide (`--cjk-wide`): 「」 for “”, 『』 for ‘’, `-` for —, ASCII for symbols and box drawing.
/// Whatever has no stand-in becomes `?`; the result never holds an ambiguous character.
public enum CJKSubstitutes {
  public static func replacement(for character: Character) -> String {
    if let known = table[character] { return known }
    if let scalar = character.unicodeScalars.first {
      let v = scalar.value
      if (0x2460...0x2473).contains(v) { return "(\(v - 0x2460 + 1))" }  // ① … ⑳
      if (0x2474...0x2487).contains(v) { return "(\(v - 0x2474 + 1))" }  // ⑴ … ⒇
      if (0x2488...0x249B).contains(v) { return "\(v - 0x2488 + 1)." }  // ⒈ … ⒛
      if (0x2776...0x277F).contains(v) { return "(\(v - 0x2776 + 1))" }  // ❶ … ❿
      if (0x2500...0x257F).contains(v) { return boxDrawing(v) }
      if (0x2580...0x259F).contains(v) { return "#" }
      if (0x25A0...0x25FF).contains(v) { return "*" }
      if (0x2160...0x216B).contains(v) { return romanNumerals[Int(v - 0x2160)] }
      if (0x2170...0x217B).contains(v) { return romanNumerals[Int(v - 0x2170)].lowercased() }
    }
    let stripped = String(
      String.UnicodeScalarView(character.unicodeScalars.filter { !AmbiguousWidth.isAmbiguous($0) }))
    return stripped.isEmpty ? "?" : stripped
  }

  private static func boxDrawing(_ v: UInt32) -> String {
    switch v {
    case 0x2500, 0x2501, 0x2504, 0x2505, 0x2508, 0x2509, 0x254C, 0x254D, 0x2550: "-"
    case 0x2502, 0x2503, 0x2506, 0x2507, 0x250A, 0x250B, 0x254E, 0x254F, 0x2551: "|"
    default: "+"
    }
  }

  private static let romanNumerals = [
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII",
  ]

  private static let table: [Character: String] = [
    "“": "「", "”": "」", "‘": "『", "’": "』", "—": "-", "–": "-", "―": "-", "‐": "-",
    "…": "...", "‥": "..", "·": "・", "•": "*", "※": "*", "★": "*", "☆": "*",
    "℃": "C", "°": "o", "№": "No.", "×": "x", "÷": "/", "±": "+/-", "≤": "<=", "≥": ">=",
    "≠": "!=", "≈": "~", "→": "->", "←": "<-", "↑": "^", "↓": "v", "§": "S", "¥": "￥",
    "‰": "o/oo", "′": "'", "″": "\"", "‖": "||", "¶": "P", "µ": "u", "²": "2", "³": "3",
    "¹": "1", "½": "1/2", "¼": "1/4", "¾": "3/4", "¡": "!", "¿": "?", "®": "(R)", "©": "(C)",
    "™": "TM", "∶": ":", "∈": "in", "√": "v", "∞": "oo", "Ⅰ": "I",
  ]
}

/// Numbers typed by people: full-width digits from an input method, thousands separators.
enum NumberText {
  /// ASCII digits, `.` and `-` only: full-width forms folded, separators and spaces dropped.
  static func normalise(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      let v = scalar.value
      if (0xFF10...0xFF19).contains(v) {
        out.unicodeScalars.append(Unicode.Scalar(v - 0xFF10 + 0x30)!)
      } else if v == 0xFF0E || v == 0x3002 {
        out += "."
      } else if v == 0xFF0D || v == 0x2212 {
        out += "-"
      } else if scalar == "," || scalar == " " || v == 0xFF0C || v == 0x3000 {
        continue
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}

extension String {
  /// The text without leading and trailing spaces (ASCII and ideographic).
  var trimmingSpaces: String {
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\u{3000}" || $0 == "\t" }
    guard let start = firstIndex(where: { !isSpace($0) }) else { return "" }
    let end = lastIndex(where: { !isSpace($0) })!
    return String(self[start...end])
  }
}

/// CSV as Excel and WPS open it with Chinese intact: UTF-8 with a byte-order mark, RFC 4180
/// quoting (a field with a comma, quote, CR or LF is quoted, quotes doubled), CRLF line ends.
enum CSVText {
  static let byteOrderMark = "\u{FEFF}"

  static func field(_ text: String) -> String {
    let special = text.unicodeScalars.contains {
      $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n"
    }
    guard special else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  static func document(header: [String], rows: [[String]]) -> String {
    var out = byteOrderMark
    for row in [header] + rows {
      out += row.map(field).joined(separator: ",") + "\r\n"
    }
    return out
  }
}

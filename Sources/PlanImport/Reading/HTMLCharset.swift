import Foundation

/// Finds a web page's encoding as a browser does — a byte-order mark, else the charset its
/// `<meta>` names, else UTF-8 when the bytes are valid UTF-8, else GB18030 — and decodes it.
enum HTMLCharset {
  /// The page as text, or nil when the bytes are no text in any encoding tried.
  static func decode(_ bytes: [UInt8]) -> String? {
    let hasMark =
      bytes.starts(with: [0xEF, 0xBB, 0xBF]) || bytes.starts(with: [0xFF, 0xFE])
      || bytes.starts(with: [0xFE, 0xFF])
    if !hasMark, let declared = declaredCharset(bytes), !isUTF8(declared) {
      let name = isGB(declared) ? "GB18030" : declared.uppercased()
      if let text = TextDecoding.convert(bytes, from: name), TextDecoding.looksLikeText(text) {
        return text
      }
    }
    // Marked, declared UTF-8 (or mislabelled), or undeclared: what the bytes show.
    return TextDecoding.decode(bytes)?.text
  }

  /// The charset the page's `<meta charset>` or `<meta http-equiv … content="…charset=…">`
  /// names in its first 4 KB, lower-cased.
  static func declaredCharset(_ bytes: [UInt8]) -> String? {
    let head = String(decoding: bytes.prefix(4096), as: UTF8.self).lowercased()
    var rest = head[...]
    while let meta = rest.textRange(of: "<meta") {
      let tagEnd = rest[meta.upperBound...].firstIndex(of: ">") ?? rest.endIndex
      let tag = rest[meta.upperBound..<tagEnd]
      if let charset = charset(inTag: tag) { return charset }
      rest = rest[tagEnd...]
    }
    return nil
  }

  private static func charset(inTag tag: Substring) -> String? {
    guard let word = tag.textRange(of: "charset") else { return nil }
    let afterWord = tag[word.upperBound...].drop { $0 == " " }
    guard afterWord.first == "=" else { return nil }
    let value = afterWord.dropFirst().drop { $0 == " " || $0 == "\"" || $0 == "'" }
    let name = value.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
    return name.isEmpty ? nil : String(name)
  }

  private static func isUTF8(_ name: String) -> Bool {
    name == "utf-8" || name == "utf8"
  }

  /// GB2312, GBK, GB18030 and their aliases: all read as GB18030, their superset.
  private static func isGB(_ name: String) -> Bool {
    name.hasPrefix("gb") || name == "x-gbk" || name == "cp936" || name == "euc-cn"
  }
}

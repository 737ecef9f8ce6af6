/// A file of ids, one a line, for `mark --from-file`: blank lines and `#` comments (whole
/// lines or after an id) are skipped; a UTF-8 byte-order mark is allowed.
public enum IDListFile {
  public struct Entry: Hashable, Sendable {
    public var id: String
    public var line: Int
  }

  public static func parse(_ text: String) -> [Entry] {
    var text = Substring(text)
    if text.first == "\u{FEFF}" { text = text.dropFirst() }
    var entries: [Entry] = []
    // "\r\n" is one Character in Swift, so both line ends are named.
    let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
    for (index, rawLine) in lines.enumerated() {
      let content =
        rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        .first ?? ""
      let id = content.trimmingCharacters(in: " \t\r")
      if !id.isEmpty { entries.append(Entry(id: id, line: index + 1)) }
    }
    return entries
  }
}

extension Substring {
  fileprivate func trimmingCharacters(in set: String) -> String {
    var slice = self[...]
    while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
    while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
    return String(slice)
  }
}

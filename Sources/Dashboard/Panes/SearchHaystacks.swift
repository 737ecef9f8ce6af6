import Foundation

/// Each item's searchable text, lower-cased once per catalog and kept as UTF-8 bytes, so a
/// `/` keystroke over 180,000 measures is a byte search per row rather than a re-lowercasing
/// of every field.
final class SearchHaystacks: @unchecked Sendable {
  private let lock = NSLock()
  private var haystacks: [String: [UInt8]] = [:]

  /// The haystack of each id, built on first use.
  func haystacks(_ ids: [String], fields: (String) -> [String]) -> [[UInt8]] {
    lock.lock()
    defer { lock.unlock() }
    return ids.map { id in
      if let known = haystacks[id] { return known }
      let built = Array(fields(id).joined(separator: "\n").lowercased().utf8)
      haystacks[id] = built
      return built
    }
  }
}

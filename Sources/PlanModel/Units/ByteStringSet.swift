/// A small fixed set of strings tested by their UTF-8 bytes. Hashing a Chinese `String`
/// normalises it first, which made checking hundreds of thousands of unit names slow;
/// comparing bytes among the few candidates of the same length is much cheaper.
struct ByteStringSet: Sendable {
  private let byLength: [Int: [[UInt8]]]

  init<S: Sequence>(_ strings: S) where S.Element == String {
    var byLength: [Int: [[UInt8]]] = [:]
    for string in strings { byLength[string.utf8.count, default: []].append(Array(string.utf8)) }
    self.byLength = byLength
  }

  func contains(_ string: String) -> Bool {
    let bytes = string.utf8
    guard let candidates = byLength[bytes.count] else { return false }
    return candidates.contains { $0.elementsEqual(bytes) }
  }
}

/// Finds where a byte sequence stops being UTF-8, for a `file:line` message.
enum UTF8Check {
  /// The 1-based line of the first byte that is not valid UTF-8, or nil when all is valid.
  static func firstInvalidLine(_ bytes: [UInt8]) -> Int? {
    var line = 1
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar):
        if scalar == "\n" { line += 1 }
      case .emptyInput:
        return nil
      case .error:
        return line
      }
    }
  }
}

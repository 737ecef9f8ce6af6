/// A problem in a plan file, printed as `file:line: message`.
public struct FileProblem: Hashable, Sendable, CustomStringConvertible, Error {
  public var file: String
  /// 1-based line number; 0 when the problem concerns the file as a whole.
  public var line: Int
  public var message: String

  public init(file: String, line: Int, message: String) {
    self.file = file
    self.line = line
    self.message = message
  }

  public var description: String { "\(file):\(line): \(message)" }
}

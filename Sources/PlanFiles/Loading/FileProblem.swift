/// A problem in a plan file, printed as `file:line: message` (`file: message` when it
/// concerns the file or path as a whole).
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

  /// `file:line`, or the file alone when there is no line.
  public static func place(file: String, line: Int) -> String {
    line > 0 ? "\(file):\(line)" : file
  }

  public var description: String { "\(Self.place(file: file, line: line)): \(message)" }
}

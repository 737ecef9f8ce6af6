/// A problem in a plan file, printed as `file:line: message` (`file: message` when it
/// concerns the file or path as a whole).
import PlanModel

public struct FileProblem: Hashable, Sendable, CustomStringConvertible, Error {
  public var file: String
  /// 1-based line number; 0 when the problem concerns the file as a whole.
  public var line: Int
  /// What is wrong, in both languages.
  public var message: Localized

  public init(file: String, line: Int, message: Localized) {
    self.file = file
    self.line = line
    self.message = message
  }

  /// `file:line`, or the file alone when there is no line.
  public static func place(file: String, line: Int) -> String {
    line > 0 ? "\(file):\(line)" : file
  }

  /// `file:line: message` in one language, as `plandash validate` prints it.
  public func text(_ language: Language) -> String {
    "\(Self.place(file: file, line: line)): \(message(language))"
  }

  /// Both languages' `file:line: message`, for whoever shows it later.
  public var localized: Localized { Localized(zh: text(.zh), en: text(.en)) }

  /// The English line.
  public var description: String { text(.en) }
}

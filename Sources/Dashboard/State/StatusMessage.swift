/// A one-line message in the status bar after an action.
public struct StatusMessage: Hashable, Sendable {
  public enum Kind: Hashable, Sendable {
    case info
    case warning
    case error
  }

  public var text: String
  /// Shown after `text` and never shortened: on a narrow line `text` is cut with an ellipsis
  /// so that the tail stays whole.
  public var tail: String
  public var kind: Kind
  /// The message about plan files that failed to load again: a clean reload takes it away.
  public var aboutPlanFiles: Bool

  public init(_ text: String, tail: String = "", kind: Kind = .info, aboutPlanFiles: Bool = false) {
    self.text = text
    self.tail = tail
    self.kind = kind
    self.aboutPlanFiles = aboutPlanFiles
  }
}

/// A one-line message in the status bar after an action.
public struct StatusMessage: Hashable, Sendable {
  public enum Kind: Hashable, Sendable {
    case info
    case warning
    case error
  }

  public var text: String
  public var kind: Kind

  public init(_ text: String, kind: Kind = .info) {
    self.text = text
    self.kind = kind
  }
}

/// One row of the key table: the keys, what they do, where, and how help describes them.
public struct KeyBinding: Hashable, Sendable {
  public var keys: [Key]
  public var action: Action
  public var context: KeyContext
  public var description: Localized

  public init(_ keys: [Key], _ action: Action, _ context: KeyContext, zh: String, en: String) {
    self.keys = keys
    self.action = action
    self.context = context
    self.description = Localized(zh: zh, en: en)
  }

  /// The keys as help shows them: `j/↓`, `C-r`, `Space`.
  public var keyLabel: String { keys.map(\.label).joined(separator: "/") }
}

extension Key {
  /// The key's name as help shows it (tmux names for the special keys).
  public var label: String {
    switch self {
    case .text(let t): t
    case .enter: "Enter"
    case .escape: "Esc"
    case .tab: "Tab"
    case .backTab: "S-Tab"
    case .backspace: "BSpace"
    case .delete: "Del"
    case .up: "Up"
    case .down: "Down"
    case .left: "Left"
    case .right: "Right"
    case .pageUp: "PgUp"
    case .pageDown: "PgDn"
    case .home: "Home"
    case .end: "End"
    case .space: "Space"
    case .ctrl(let c): "C-\(c)"
    case .function(let n): "F\(n)"
    }
  }
}

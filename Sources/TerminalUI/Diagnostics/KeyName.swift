import ScreenCore

/// A key's name as tmux's `send-keys` writes it (`Up`, `BTab`, `C-r`, `F5`), for showing
/// what the terminal delivered.
public enum KeyName {
  public static func describe(_ key: Key) -> String {
    switch key {
    case .text(let text): return "text(\(text))"
    case .enter: return "Enter"
    case .escape: return "Escape"
    case .tab: return "Tab"
    case .backTab: return "BTab"
    case .backspace: return "BSpace"
    case .delete: return "DC"
    case .up: return "Up"
    case .down: return "Down"
    case .left: return "Left"
    case .right: return "Right"
    case .pageUp: return "PPage"
    case .pageDown: return "NPage"
    case .home: return "Home"
    case .end: return "End"
    case .space: return "Space"
    case .ctrl(let letter): return "C-\(letter)"
    case .function(let number): return "F\(number)"
    }
  }
}

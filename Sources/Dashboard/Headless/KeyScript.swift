/// Parses `--keys` scripts: space-separated key names as tmux's `send-keys` writes them
/// (`Enter Escape Tab BTab Up Down Left Right PPage NPage Home End Space BSpace DC C-r F1`);
/// any other token is typed as literal text, one key per character.
public enum KeyScript {
  public static func parse(_ script: String) -> [Key] {
    var keys: [Key] = []
    for token in script.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }) {
      let word = String(token)
      if let key = named(word) {
        keys.append(key)
      } else {
        keys.append(contentsOf: word.map { Key.text(String($0)) })
      }
    }
    return keys
  }

  /// The key a tmux name stands for, or nil when the token is literal text.
  public static func named(_ name: String) -> Key? {
    switch name {
    case "Enter", "KPEnter": return .enter
    case "Escape", "Esc": return .escape
    case "Tab": return .tab
    case "BTab": return .backTab
    case "Up": return .up
    case "Down": return .down
    case "Left": return .left
    case "Right": return .right
    case "PPage", "PageUp", "PgUp": return .pageUp
    case "NPage", "PageDown", "PgDn": return .pageDown
    case "Home": return .home
    case "End": return .end
    case "Space": return .space
    case "BSpace": return .backspace
    case "DC", "Delete": return .delete
    default: break
    }
    if name.hasPrefix("C-"), name.count == 3, let c = name.last {
      let lower = c.lowercased()
      return .ctrl(lower.count == 1 ? Character(lower) : c)
    }
    if name.hasPrefix("F"), let n = Int(name.dropFirst()), (1...24).contains(n) {
      return .function(n)
    }
    return nil
  }
}

@preconcurrency import CNCursesW
import ScreenCore

/// Turns what curses reports into the screen core's key values.
enum KeyDecoder {
  enum Decoded: Hashable, Sendable {
    case key(Key)
    /// A printable character, gathered with its neighbours into text.
    case printable(Character)
    case resize
    /// Something with no meaning here (a mouse report, NUL, an unmapped key code).
    case ignored
  }

  static func decode(_ raw: RawInput) -> Decoded {
    switch raw {
    case .character(let value): return decodeCharacter(value)
    case .keyCode(let code): return decodeKeyCode(code)
    }
  }

  static func decodeCharacter(_ value: UInt32) -> Decoded {
    switch value {
    case 9: return .key(.tab)
    case 10, 13: return .key(.enter)
    case 27: return .key(.escape)
    case 8, 127: return .key(.backspace)
    case 32: return .printable(" ")
    case 1...26:
      let letter = Character(Unicode.Scalar(UInt8(96 + value)))
      return .key(.ctrl(letter))
    case 0..<32, 0x80...0x9F: return .ignored
    default:
      guard let scalar = Unicode.Scalar(value) else { return .ignored }
      return .printable(Character(scalar))
    }
  }

  static func decodeKeyCode(_ code: Int32) -> Decoded {
    switch code {
    case KEY_UP: return .key(.up)
    case KEY_DOWN: return .key(.down)
    case KEY_LEFT: return .key(.left)
    case KEY_RIGHT: return .key(.right)
    case KEY_PPAGE, KEY_A3: return .key(.pageUp)
    case KEY_NPAGE, KEY_C3: return .key(.pageDown)
    case KEY_HOME, KEY_A1: return .key(.home)
    case KEY_END, KEY_C1, KEY_LL: return .key(.end)
    case KEY_BTAB: return .key(.backTab)
    case KEY_ENTER: return .key(.enter)
    case KEY_BACKSPACE: return .key(.backspace)
    case KEY_DC: return .key(.delete)
    case KEY_RESIZE: return .resize
    default:
      let f0 = plandash_key_f(0)
      if code > f0, code <= f0 + 63 { return .key(.function(Int(code - f0))) }
      return .ignored
    }
  }
}

@preconcurrency import CNCursesW
import ScreenCore

/// Reads the keyboard through `get_wch`, waiting at most a short poll interval, and groups
/// non-ASCII characters that arrived together — an input method's commit such as 合川 —
/// into one `.text` key. ASCII characters stay separate keys even when they arrive at once
/// (typing fast, a paste, tmux `send-keys hechuan`), so held-down `j` still moves one row
/// per press and `n` typed just before a commit still opens the note editor.
@MainActor
final class InputReader {
  enum Result: Equatable {
    /// Nothing arrived within the wait. `early` is true when curses gave up before the wait
    /// was over — which, repeated, means standard input is closed.
    case nothing(early: Bool)
    case events([InputEvent])
  }

  private let window: WindowPointer
  private let pollMilliseconds: Int32
  private var heldBack: RawInput?

  init(window: WindowPointer, pollMilliseconds: Int32) {
    self.window = window
    self.pollMilliseconds = pollMilliseconds
    wtimeout(window, pollMilliseconds)
  }

  func next() -> Result {
    let started = ContinuousClock.now
    guard let first = heldBack ?? readRaw() else {
      let waited = ContinuousClock.now - started
      return .nothing(early: waited < .milliseconds(Int(pollMilliseconds) / 4))
    }
    heldBack = nil
    switch KeyDecoder.decode(first) {
    case .ignored: return .events([])
    case .resize: return .events([.resize(width: 0, height: 0)])
    case .key(let key): return .events([.key(key)])
    case .printable(let character):
      return .events(gatherText(startingWith: character))
    }
  }

  /// Collects the printable characters already waiting after `first`.
  private func gatherText(startingWith first: Character) -> [InputEvent] {
    var characters = [first]
    wtimeout(window, 0)
    while characters.count < 4096, let raw = readRaw() {
      if case .printable(let next) = KeyDecoder.decode(raw) {
        characters.append(next)
      } else {
        heldBack = raw
        break
      }
    }
    wtimeout(window, pollMilliseconds)
    return Self.group(characters)
  }

  /// Each ASCII character is a key of its own (`n` then an IME commit is a command key and
  /// then text, never one word); each run of other characters is one `.text`.
  nonisolated static func group(_ characters: [Character]) -> [InputEvent] {
    var events: [InputEvent] = []
    var run = ""
    for character in characters {
      if character.isASCII {
        if !run.isEmpty {
          events.append(.key(.text(run)))
          run = ""
        }
        events.append(.key(character == " " ? .space : .text(String(character))))
      } else {
        run.append(character)
      }
    }
    if !run.isEmpty { events.append(.key(.text(run))) }
    return events
  }

  private func readRaw() -> RawInput? {
    var value: wint_t = 0
    switch wget_wch(window, &value) {
    case OK: return .character(UInt32(value))
    case KEY_CODE_YES: return .keyCode(Int32(bitPattern: value))
    default: return nil
    }
  }
}

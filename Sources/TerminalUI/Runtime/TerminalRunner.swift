@preconcurrency import CNCursesW
import ScreenCore

/// Runs a `TerminalApp` on the process's terminal until it quits: feeds it keys, resizes
/// and idle ticks, and puts what it draws on screen. The terminal is given back on every
/// way out (return, thrown error, Ctrl-C, a crash signal).
@MainActor
public final class TerminalRunner {
  /// How long one wait for a key lasts; signals are answered within this time.
  public var pollMilliseconds: Int32 = 100
  /// Idle time after which the app gets a `.tick` (to pick up changes made elsewhere).
  public var tickMilliseconds: Int = 500
  private let environment: [String: String]

  public init(environment: [String: String]) {
    self.environment = environment
  }

  /// Why the terminal cannot be used, checked without touching it (so a command can refuse
  /// before loading anything); nil when it looks usable. An unknown `TERM` shows only when
  /// curses tries it.
  nonisolated public static func terminalProblem(environment: [String: String]) -> TerminalError? {
    CursesSession.precheck(environment: environment)
  }

  /// Runs `app`; throws, without touching the terminal, when there is no usable terminal.
  public func run(_ app: any TerminalApp) throws(TerminalError) -> TerminalExit {
    let session = try CursesSession(environment: environment)
    defer { session.end() }
    let painter = ScreenPainter()
    let styles = StyleTable(mode: session.colorMode)
    let reader = InputReader(window: session.window, pollMilliseconds: pollMilliseconds)
    var toldSize: (width: Int, height: Int)? = nil
    var earlyEmptyReads = 0
    var lastActivity = ContinuousClock.now

    /// Draws a frame at the terminal's present size; false when the app quits meanwhile.
    func redraw() -> Bool {
      let size = session.currentSize()
      if toldSize == nil || toldSize! != size {
        toldSize = size
        painter.invalidate()
        guard app.handle(.resize(width: size.width, height: size.height)) else { return false }
      }
      var buffer = CellBuffer(width: size.width, height: size.height)
      app.draw(into: &buffer)
      if styles.update(app.roleColors) { painter.invalidate() }
      painter.paint(buffer, styles: styles, cursor: app.cursor)
      return true
    }

    guard redraw() else { return .quit }
    while true {
      if let signal = SignalTrap.pendingQuitSignal() {
        SignalTrap.clearQuitSignal()
        guard signal == SIGINT, app.takesInterruptAsKey else { return .signal(signal) }
        // Ctrl-C as the terminal sends it (SIGINT): the same key as 0x03 in raw input.
        guard app.handle(.key(.ctrl("c"))), redraw() else { return .quit }
        continue
      }
      if SignalTrap.takeSuspendRequest() {
        session.suspend()
        painter.invalidate()
        guard redraw() else { return .quit }
        continue
      }
      switch reader.next() {
      case .nothing(let early):
        earlyEmptyReads = early ? earlyEmptyReads + 1 : 0
        if earlyEmptyReads >= 50 { return .inputClosed }
        if ContinuousClock.now - lastActivity >= .milliseconds(tickMilliseconds) {
          lastActivity = ContinuousClock.now
          guard app.handle(.tick), redraw() else { return .quit }
        }
      case .events(let events):
        earlyEmptyReads = 0
        lastActivity = ContinuousClock.now
        for event in events {
          if case .resize = event {
            toldSize = nil  // re-read and announced by redraw
            continue
          }
          guard app.handle(event) else { return .quit }
        }
        guard redraw() else { return .quit }
      }
    }
  }
}

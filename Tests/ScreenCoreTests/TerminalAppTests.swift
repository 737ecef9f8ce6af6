import ScreenCore
import Testing

/// The least a terminal app must say: the protocol's defaults hide the cursor and let
/// Ctrl-C's signal end the run.
@MainActor
private final class EchoApp: TerminalApp {
  private(set) var events: [InputEvent] = []

  func handle(_ event: InputEvent) -> Bool {
    events.append(event)
    return event != .key(.text("q"))
  }

  func draw(into buffer: inout CellBuffer) {
    buffer[0, 0] = Cell(text: "\(events.count)", style: CellStyle(.title))
  }

  var roleColors: [StyleRole: RoleColors] { [.title: RoleColors(foreground: .indexed(3))] }
}

@MainActor
@Suite struct TerminalAppTests {
  @Test func defaultsHideTheCursorAndLeaveInterruptsToTheTerminal() {
    let app = EchoApp()
    #expect(app.cursor == nil)
    #expect(!app.takesInterruptAsKey)
  }

  @Test func anAppIsDrivenThroughTheProtocolAlone() {
    let app: any TerminalApp = EchoApp()
    #expect(app.handle(.resize(width: 3, height: 1)))
    #expect(app.handle(.tick))
    #expect(!app.handle(.key(.text("q"))))
    var buffer = CellBuffer(width: 3, height: 1)
    app.draw(into: &buffer)
    #expect(buffer.rowText(0) == "3  ")
    #expect(app.roleColors[.title]?.foreground == .indexed(3))
  }
}

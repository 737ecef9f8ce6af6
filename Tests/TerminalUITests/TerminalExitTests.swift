import TerminalUI
import Testing

@Suite struct TerminalExitTests {
  @Test func exitStatusesFollowConvention() {
    #expect(TerminalExit.quit.status == 0)
    #expect(TerminalExit.signal(2).status == 130)
    #expect(TerminalExit.signal(15).status == 143)
    #expect(TerminalExit.inputClosed.status == 1)
  }

  @Test func errorsReadAsOneLine() {
    let errors: [TerminalError] = [
      .noTerm, .unusableTerm("nonesuch"), .notATerminal(stream: "standard input"),
    ]
    for error in errors {
      #expect(!error.description.contains("\n"))
      #expect(error.description.hasPrefix("plandash: "))
    }
    #expect(TerminalError.unusableTerm("nonesuch").description.contains("'nonesuch'"))
  }
}

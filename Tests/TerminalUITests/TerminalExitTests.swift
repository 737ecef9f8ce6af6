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
      .noTerm, .unusableTerm("nonesuch"), .notATerminal(stream: .input),
      .cannotMoveCursor("dumb"),
    ]
    for error in errors {
      #expect(!error.description.contains("\n"))
      #expect(error.description.count <= 80, "does not fit one 80-column line: \(error)")
      #expect(error.description.hasPrefix("plandash: "))
    }
    #expect(TerminalError.unusableTerm("nonesuch").description.contains("'nonesuch'"))
    // The stream is named in the message's own language.
    #expect(
      TerminalError.notATerminal(stream: .output).message.zh
        == "标准输出不是终端（文本输出请用 `plandash render`）")
    #expect(
      TerminalError.notATerminal(stream: .input).message.en
        == "standard input is not a terminal (use `plandash render` for text)")
  }
}

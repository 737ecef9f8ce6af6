import TerminalUI
import Testing

@Suite struct CrashHandoffTests {
  @Test func swiftsDefaultBacktracerWaitsForTheUserSoItIsSkipped() {
    // Unset: the backtracer is on and interactive on a terminal (a 30 s prompt).
    #expect(CrashHandoff.choose(environment: [:]) == .dieAtOnce)
    #expect(CrashHandoff.choose(environment: ["SWIFT_BACKTRACE": "interactive=yes"]) == .dieAtOnce)
    #expect(CrashHandoff.choose(environment: ["SWIFT_BACKTRACE": "color=no"]) == .dieAtOnce)
  }

  @Test func aNonInteractiveBacktracerPrintsFirst() {
    for setting in [
      "interactive=no", "color=no,interactive=no", "timeout=0s", "timeout=none",
      " Interactive = NO ",
    ] {
      #expect(
        CrashHandoff.choose(environment: ["SWIFT_BACKTRACE": setting]) == .backtraceThenDie,
        "\(setting)")
    }
  }

  @Test func aDisabledBacktracerIsNotCalled() {
    #expect(
      CrashHandoff.choose(environment: ["SWIFT_BACKTRACE": "enable=no,interactive=no"])
        == .dieAtOnce)
  }
}

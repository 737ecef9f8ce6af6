import Testing

@testable import TerminalUI

@Suite struct ColorModeTests {
  @Test func noColorWithAValueTurnsColourOff() {
    #expect(ColorMode.choose(noColor: "1", hasColors: true, colors: 256, rgbFlag: true) == .none)
  }

  @Test func emptyNoColorIsIgnored() {
    #expect(
      ColorMode.choose(noColor: "", hasColors: true, colors: 256, rgbFlag: false) == .palette256)
  }

  @Test func directColourWhenTerminfoSaysRGB() {
    #expect(ColorMode.choose(noColor: nil, hasColors: true, colors: 256, rgbFlag: true) == .direct)
    #expect(
      ColorMode.choose(noColor: nil, hasColors: true, colors: 1 << 24, rgbFlag: false) == .direct)
  }

  @Test func fewerColoursStepDown() {
    #expect(ColorMode.choose(noColor: nil, hasColors: true, colors: 88, rgbFlag: false) == .basic8)
    #expect(ColorMode.choose(noColor: nil, hasColors: true, colors: 8, rgbFlag: false) == .basic8)
    #expect(ColorMode.choose(noColor: nil, hasColors: true, colors: 2, rgbFlag: false) == .none)
    #expect(ColorMode.choose(noColor: nil, hasColors: false, colors: 256, rgbFlag: false) == .none)
  }
}

@Suite struct DirectColorVariantTests {
  let truecolor = ["COLORTERM": "truecolor"]

  @Test func colortermTruecolorAsksForTheDirectSibling() {
    #expect(
      CursesSession.directColorVariant(of: "xterm-256color", environment: truecolor)
        == "xterm-direct")
    #expect(
      CursesSession.directColorVariant(of: "tmux-256color", environment: ["COLORTERM": "24bit"])
        == "tmux-direct")
    #expect(CursesSession.directColorVariant(of: "xterm", environment: truecolor) == "xterm-direct")
  }

  @Test func nothingToAskForOtherwise() {
    #expect(CursesSession.directColorVariant(of: "xterm-256color", environment: [:]) == nil)
    #expect(CursesSession.directColorVariant(of: "xterm-direct", environment: truecolor) == nil)
    #expect(CursesSession.directColorVariant(of: "dumb", environment: truecolor) == nil)
    #expect(
      CursesSession.directColorVariant(
        of: "xterm-256color", environment: ["COLORTERM": "truecolor", "PLANDASH_TRUECOLOR": "0"])
        == nil)
  }
}

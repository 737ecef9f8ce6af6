import CNCursesW
import ScreenCore
import Testing

@testable import TerminalUI

@Suite struct KeyDecoderTests {
  @Test func controlCharactersBecomeKeys() {
    #expect(KeyDecoder.decode(.character(9)) == .key(.tab))
    #expect(KeyDecoder.decode(.character(10)) == .key(.enter))
    #expect(KeyDecoder.decode(.character(13)) == .key(.enter))
    #expect(KeyDecoder.decode(.character(27)) == .key(.escape))
    #expect(KeyDecoder.decode(.character(127)) == .key(.backspace))
    #expect(KeyDecoder.decode(.character(8)) == .key(.backspace))
    #expect(KeyDecoder.decode(.character(18)) == .key(.ctrl("r")))
    #expect(KeyDecoder.decode(.character(1)) == .key(.ctrl("a")))
    #expect(KeyDecoder.decode(.character(26)) == .key(.ctrl("z")))
  }

  @Test func printableCharactersAreText() {
    #expect(KeyDecoder.decode(.character(0x6A)) == .printable("j"))
    #expect(KeyDecoder.decode(.character(0x5408)) == .printable("合"))
    #expect(KeyDecoder.decode(.character(32)) == .printable(" "))
  }

  @Test func controlCodesWithNoMeaningAreIgnored() {
    #expect(KeyDecoder.decode(.character(0)) == .ignored)
    #expect(KeyDecoder.decode(.character(0x1C)) == .ignored)
    #expect(KeyDecoder.decode(.character(0x9B)) == .ignored)  // C1 CSI
    #expect(KeyDecoder.decode(.character(0xD800)) == .ignored)  // a lone surrogate
  }

  @Test func cursesKeyCodesBecomeKeys() {
    #expect(KeyDecoder.decode(.keyCode(KEY_UP)) == .key(.up))
    #expect(KeyDecoder.decode(.keyCode(KEY_DOWN)) == .key(.down))
    #expect(KeyDecoder.decode(.keyCode(KEY_LEFT)) == .key(.left))
    #expect(KeyDecoder.decode(.keyCode(KEY_RIGHT)) == .key(.right))
    #expect(KeyDecoder.decode(.keyCode(KEY_PPAGE)) == .key(.pageUp))
    #expect(KeyDecoder.decode(.keyCode(KEY_NPAGE)) == .key(.pageDown))
    #expect(KeyDecoder.decode(.keyCode(KEY_HOME)) == .key(.home))
    #expect(KeyDecoder.decode(.keyCode(KEY_END)) == .key(.end))
    #expect(KeyDecoder.decode(.keyCode(KEY_BTAB)) == .key(.backTab))
    #expect(KeyDecoder.decode(.keyCode(KEY_BACKSPACE)) == .key(.backspace))
    #expect(KeyDecoder.decode(.keyCode(KEY_DC)) == .key(.delete))
    #expect(KeyDecoder.decode(.keyCode(KEY_ENTER)) == .key(.enter))
    #expect(KeyDecoder.decode(.keyCode(KEY_RESIZE)) == .resize)
    #expect(KeyDecoder.decode(.keyCode(plandash_key_f(1))) == .key(.function(1)))
    #expect(KeyDecoder.decode(.keyCode(plandash_key_f(12))) == .key(.function(12)))
    #expect(KeyDecoder.decode(.keyCode(KEY_MOUSE)) == .ignored)
  }
}

@Suite struct InputGroupingTests {
  @Test func asciiArrivingTogetherStaysSeparateKeys() {
    #expect(
      InputReader.group(Array("jj k")) == [
        .key(.text("j")), .key(.text("j")), .key(.space), .key(.text("k")),
      ])
  }

  @Test func anInputMethodCommitIsOneText() {
    #expect(InputReader.group(Array("合川区")) == [.key(.text("合川区"))])
  }

  @Test func aCommandKeyBeforeACommitStaysACommandKey() {
    #expect(InputReader.group(Array("n已对接")) == [.key(.text("n")), .key(.text("已对接"))])
    #expect(
      InputReader.group(Array("合川a区")) == [
        .key(.text("合川")), .key(.text("a")), .key(.text("区")),
      ])
  }
}

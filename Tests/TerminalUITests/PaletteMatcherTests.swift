import ScreenCore
import Testing

@testable import TerminalUI

@Suite struct PaletteMatcherTests {
  @Test func directColourKeepsExactRGB() {
    #expect(PaletteMatcher.colorNumber(.rgb(0x12, 0x34, 0x56), mode: .direct) == 0x123456)
  }

  @Test func nearBlackNeverBecomesAnANSIColourNumber() {
    // A direct entry sends numbers below 8 or 16 as ANSI colours (5 would be magenta).
    #expect(PaletteMatcher.colorNumber(.rgb(0, 0, 5), mode: .direct) == 16)
    #expect(PaletteMatcher.colorNumber(.rgb(0, 0, 0), mode: .direct) == 16)
    #expect(PaletteMatcher.colorNumber(.indexed(16), mode: .direct) == 16)
  }

  @Test func indexedColourInDirectModeBecomesItsPaletteRGB() {
    // Index 196 is the cube's pure red (255, 0, 0).
    #expect(PaletteMatcher.colorNumber(.indexed(196), mode: .direct) == 0xFF0000)
    // Index 244 is a grey ramp step: 8 + 10 × 12 = 128.
    #expect(PaletteMatcher.colorNumber(.indexed(244), mode: .direct) == 0x808080)
  }

  @Test func rgbMapsToNearestOf256() {
    #expect(PaletteMatcher.nearest256(255, 0, 0) == 196)
    #expect(PaletteMatcher.nearest256(0, 0, 0) == 16)
    #expect(PaletteMatcher.nearest256(255, 255, 255) == 231)
    // A mid grey is closer to the grey ramp than to any cube colour.
    #expect(PaletteMatcher.nearest256(128, 128, 128) == 244)
    // Okabe–Ito sky blue #56B4E9 → cube (95, 175, 215) = 16 + 36·1 + 6·3 + 4 = 74.
    #expect(PaletteMatcher.nearest256(0x56, 0xB4, 0xE9) == 74)
  }

  @Test func every256MatchIsAtLeastAsCloseAsAnyOtherCandidate() {
    let samples: [(UInt8, UInt8, UInt8)] = [
      (0xE6, 0x9F, 0x00), (0x00, 0x9E, 0x73), (0xCC, 0x79, 0xA7), (30, 30, 30),
    ]
    for sample in samples {
      let chosen = PaletteMatcher.nearest256(sample.0, sample.1, sample.2)
      let chosenDistance = PaletteMatcher.distance(sample, PaletteMatcher.rgb(ofIndex: chosen))
      for index in 16...255 {
        let other = PaletteMatcher.distance(sample, PaletteMatcher.rgb(ofIndex: UInt8(index)))
        #expect(chosenDistance <= other)
      }
    }
  }

  @Test func rgbMapsToNearestOf8() {
    #expect(PaletteMatcher.colorNumber(.rgb(250, 10, 10), mode: .basic8) == 1)
    #expect(PaletteMatcher.colorNumber(.rgb(10, 10, 10), mode: .basic8) == 0)
    #expect(PaletteMatcher.colorNumber(.rgb(240, 240, 240), mode: .basic8) == 7)
    #expect(PaletteMatcher.colorNumber(.rgb(0, 180, 200), mode: .basic8) == 6)
  }

  @Test func indexedColoursFoldIntoEightColours() {
    #expect(PaletteMatcher.colorNumber(.indexed(3), mode: .basic8) == 3)
    #expect(PaletteMatcher.colorNumber(.indexed(9), mode: .basic8) == 1)
    #expect(PaletteMatcher.colorNumber(.indexed(46), mode: .basic8) == 2)  // cube green
  }

  @Test func terminalDefaultAndNoColourGiveNoNumber() {
    #expect(PaletteMatcher.colorNumber(.terminalDefault, mode: .direct) == nil)
    #expect(PaletteMatcher.colorNumber(.rgb(1, 2, 3), mode: .none) == nil)
    #expect(PaletteMatcher.colorNumber(.indexed(5), mode: .palette256) == 5)
  }
}

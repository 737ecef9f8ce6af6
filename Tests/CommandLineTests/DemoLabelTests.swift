import Foundation
import PlandashTestSupport
import Testing

/// The demo says on screen that its figures are invented: in both languages, every shipped
/// theme, and with `--ascii` and `--cjk-wide` (where no ambiguous-width character shows).
@Suite(.enabled(if: PlandashBinary.available, Comment(rawValue: PlandashBinary.skipReason)))
struct DemoLabelTests {
  static let themes = ["default-dark", "light", "high-contrast", "okabe-ito", "monochrome"]
  static let labels = ["zh": "DEMO 示例数据（虚构）", "en": "DEMO: invented figures"]

  func render(_ arguments: [String]) throws -> [String] {
    let folder = NSTemporaryDirectory() + "plandash-demo-label-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let result = try PlandashBinary.run(
      ["demo", "render"] + arguments,
      environment: ["XDG_DATA_HOME": folder, "XDG_CONFIG_HOME": folder])
    #expect(result.status == 0, "\(result.err)")
    return result.out.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  }

  @Test(arguments: ["zh", "en"])
  func everyThemeAndGlyphModeShowsTheLabel(lang: String) throws {
    for theme in Self.themes {
      for mode in [[], ["--ascii"], ["--cjk-wide"]] {
        let lines = try render(
          ["--lang", lang, "--theme", theme, "--width", "80", "--height", "24"] + mode)
        let label = try #require(Self.labels[lang])
        #expect(lines.prefix(2).contains { $0.contains(label) }, "\(theme) \(mode)")
      }
    }
  }

  @Test(arguments: [(40, 10), (80, 24), (160, 48)])
  func theLabelShowsAtEverySizeAndOnDetailPages(size: (Int, Int)) throws {
    for keys in ["", "5 Enter", "T", "?"] {
      let lines = try render(
        ["--lang", "zh", "--width", "\(size.0)", "--height", "\(size.1)", "--keys", keys])
      #expect(lines.prefix(2).contains { $0.contains("DEMO 示例数据（虚构）") }, "\(size) \(keys)")
    }
  }

  @Test func cjkWideLabelHoldsNoAmbiguousCharacter() throws {
    for lang in ["zh", "en"] {
      let lines = try render(["--lang", lang, "--cjk-wide", "--width", "100", "--height", "30"])
      let label = try #require(lines.prefix(2).first { $0.contains("DEMO") })
      // East Asian ambiguous ranges that can appear in a label: Latin-1 punctuation, general
      // punctuation, box drawing and geometric shapes.
      let ambiguous = label.unicodeScalars.filter {
        (0xA1...0xFF).contains($0.value) || (0x2010...0x203B).contains($0.value)
          || (0x2500...0x25FF).contains($0.value)
      }
      #expect(ambiguous.isEmpty, "\(label)")
    }
  }

  @Test func theRealDashboardHasNoDemoLabel() throws {
    let folder = NSTemporaryDirectory() + "plandash-demo-label-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let result = try PlandashBinary.run(
      ["render", "--width", "100", "--height", "30"],
      environment: ["XDG_DATA_HOME": folder, "XDG_CONFIG_HOME": folder])
    #expect(result.status == 0, "\(result.err)")
    #expect(!result.out.contains("DEMO"))
  }
}

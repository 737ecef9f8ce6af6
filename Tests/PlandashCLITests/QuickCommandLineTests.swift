import ArgumentParser
import Testing

@testable import PlandashCLI

/// The quick path must build exactly the command the full parser builds, and leave every
/// other command line to it.
@Suite struct QuickCommandLineTests {
  /// The full parser's command and the quick one, each as `dump` prints every property
  /// wrapper's state (a property the quick path left unset would show as a definition).
  private func both(_ words: [String]) throws -> (full: String, quick: String?) {
    var full = ""
    dump(try PlandashCommand.parseAsRoot(words), to: &full)
    guard let quick = QuickCommandLine.command(["plandash"] + words) else { return (full, nil) }
    var text = ""
    dump(quick, to: &text)
    return (full, text)
  }

  @Test(arguments: [
    ["mark", "a.measure.m1"],
    ["mark", "a.measure.m1", "b.measure.m2", "--status", "in-progress"],
    ["mark", "--status", "blocked", "a.measure.m1"],
    ["mark", "a.measure.m1", "--note", "-见附件", "--as", "张三"],
    ["mark", "a.measure.m1", "--note", "", "--lang", "en"],
    ["mark", "x", "--plans", "/tmp/p", "--store", "/tmp/s.sqlite", "--status", "done"],
    ["mark", "x", "--status", "nonsense"],
    ["list", "measures", "--region", "hechuan"],
    ["list", "outline", "--as-of", "2025", "--plans", "/tmp/p"],
    ["list", "regions", "--store", "/tmp/s.sqlite", "--lang", "zh"],
    ["status", "--region", "bazhong"],
    ["status", "--plans", "/tmp/p", "--store", "/tmp/s.sqlite"],
  ])
  func buildsWhatTheFullParserBuilds(_ words: [String]) throws {
    let (full, quick) = try both(words)
    #expect(quick == full)
  }

  @Test(arguments: [
    ["mark"],
    ["mark", "--help"],
    ["mark", "-h"],
    ["mark", "help"],
    ["mark", "x", "--status=done"],
    ["mark", "x", "--status", "done", "--status", "todo"],
    ["mark", "x", "--from-file", "ids.txt"],
    ["mark", "x", "--status"],
    ["mark", "x", "--status", "--note"],
    ["mark", "--", "x"],
    ["mark", "x", "--region", "a"],
    ["mark", "x", "--lang", "fr"],
    ["list", "regions", "--lang", "EN"],
    ["list"],
    ["list", "measure"],
    ["list", "measures", "extra"],
    ["list", "measures", "--region"],
    ["status", "--orphans"],
    ["status", "extra"],
    ["export", "--format", "json"],
    ["--lang", "en", "mark", "x"],
  ])
  func leavesEveryOtherShapeToTheFullParser(_ words: [String]) {
    #expect(QuickCommandLine.command(["plandash"] + words) == nil)
  }

  @Test func plainWordsTakeOptionsAnywhereAndValuesLiterally() {
    let words = PlainWords(
      ["a", "--note", "--x", "b", "--status", "done"][...], names: ["note", "status"],
      unconditional: ["note"])
    #expect(words?.positionals == ["a", "b"])
    #expect(words?.value("note") == "--x")
    #expect(words?.value("status") == "done")
    #expect(words?.value("as") == nil)
  }
}

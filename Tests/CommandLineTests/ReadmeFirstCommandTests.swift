import Foundation
import PlandashTestSupport
import Testing

/// The README's first command is what a new user runs first: it must be one command, run
/// the statically linked release binary, and pass `swift` only options it takes.
/// (`.ci/run` runs the command itself, in tmux, on a fresh clone.)
@Suite struct ReadmeFirstCommandTests {
  static let readme = PackagePaths.text(PackagePaths.root + "/README.md") ?? ""

  /// The backticked commands within the README's first lines, in order.
  static var firstCommands: [String] {
    let head = readme.split(separator: "\n", omittingEmptySubsequences: false).prefix(12)
      .joined(separator: "\n")
    return head.split(separator: "`", omittingEmptySubsequences: false).enumerated()
      .filter { $0.offset % 2 == 1 }.map { String($0.element) }
  }

  @Test func theFirstLinesGiveARunCommandAndATestCommand() throws {
    let commands = Self.firstCommands
    try #require(commands.count >= 2, "README's first lines: \(commands)")
    #expect(!commands[0].contains("'"), "no single quotes in the run command: \(commands[0])")
    #expect(commands[1] == "./scripts/test.sh")
    let ciRun = PackagePaths.text(PackagePaths.root + "/.ci/run") ?? ""
    #expect(ciRun.contains("head -12 README.md"), ".ci/run takes its commands from the README")
  }

  @Test func theRunCommandBuildsAStaticReleaseBinaryAndRunsIt() throws {
    let command = try #require(Self.firstCommands.first)
    let steps = command.components(separatedBy: "&&").map {
      $0.trimmingCharacters(in: .whitespaces)
    }
    let build = try #require(steps.first { $0.hasPrefix("swift build") }, "\(steps)")
    #expect(build.contains("-c release") && build.contains("--static-swift-stdlib"))
    #expect(steps.last == ".build/release/plandash", "\(steps)")
    #expect(!steps.contains { $0.hasPrefix("swift run") && $0.contains("--static-swift-stdlib") })
  }

  @Test func everyOptionGivenToSwiftIsOneItTakes() throws {
    let command = try #require(Self.firstCommands.first)
    for step in command.components(separatedBy: "&&") {
      let words = step.split(separator: " ").map(String.init)
      guard words.count > 1, words[0] == "swift" else { continue }
      let help = try Self.swiftHelp(words[1])
      for option in words.dropFirst(2) where option.hasPrefix("--") {
        let name = option.split(separator: "=").first.map(String.init) ?? option
        #expect(help.contains(name), "`swift \(words[1])` takes no \(name)")
      }
    }
  }

  static func swiftHelp(_ subcommand: String) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["swift", subcommand, "--help"]
    let out = Pipe()
    process.standardOutput = out
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
  }
}

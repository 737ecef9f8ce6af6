import ArgumentParser
import Dispatch
import Foundation
import PlanFiles
import PlanModel

/// `plandash generate --regions N --seed S --out DIR`: synthetic plan files for scale work.
struct GenerateCommand: ParsableCommand, LanguageChoosing {
  static let configuration = CommandConfiguration(
    commandName: "generate",
    abstract:
      "Write N synthetic, valid plan files shaped like the real ones (deterministic per seed).")

  @Option(parsing: .unconditional, help: "How many regions (plan files).")
  var regions: Int

  @Option(help: "The random seed; the same seed gives the same files.")
  var seed: UInt64 = 1

  @Option(
    help: ArgumentHelp(
      "The folder to write into (created; must hold no plan files).", valueName: "dir"))
  var out: String

  @OptionGroup var languageOptions: LanguageOptions

  func run() throws {
    guard regions >= 1 else { throw CLIError(CLIText.tooFewRegions, exitCode: 2) }
    try OutputFolder.prepare(out)
    let existing = PlanFileList.expand([out]).files
    if !existing.isEmpty { throw CLIError(CLIText.alreadyHoldsPlans(out, existing.count)) }
    let generator = SyntheticPlans(seed: seed)
    let failures = FailureList()
    let folder = out
    DispatchQueue.concurrentPerform(iterations: regions) { index in
      let plan = generator.plan(index)
      let path = (folder as NSString).appendingPathComponent(plan.region.id + ".yaml")
      do {
        try OutputFolder.write(try PlanYAMLWriter.yaml(for: plan), to: path)
      } catch {
        failures.add(error)
      }
    }
    if let first = failures.first {
      throw first as? CLIError ?? CLIError(verbatim: "\(first)")
    }
    let done = CLIText.generated(regions, out, seed: seed)
    StandardStreams.err(done(languageOptions.resolve()) + "\n")
  }
}

/// Failures collected from parallel writers.
private final class FailureList: @unchecked Sendable {
  private var items: [any Error] = []
  private let lock = NSLock()

  func add(_ item: any Error) {
    lock.lock()
    items.append(item)
    lock.unlock()
  }

  var first: (any Error)? {
    lock.lock()
    defer { lock.unlock() }
    return items.first
  }
}

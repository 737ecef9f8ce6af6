import ArgumentParser
import PlanFiles

/// `plandash validate [PATH…]`: checks plan files and prints every problem as `file:line: message`.
struct ValidateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract: "Check plan files against the format and the model's rules.",
    discussion: "Prints each problem as file:line: message and exits 1 when there is any.")

  @Argument(help: "Plan files or folders (default: the plans folder).")
  var paths: [String] = []

  @OptionGroup var plansOptions: PlansOptions

  func run() throws {
    let targets = paths.isEmpty ? [try plansOptions.folder()] : paths
    let result = PlansOptions.load(targets, cacheKey: targets.joined(separator: "\n"))
    for problem in result.problems {
      StandardStreams.out(problem.description + "\n")
    }
    if result.problems.isEmpty {
      StandardStreams.out(
        "ok: \(result.fileCount) plan file\(result.fileCount == 1 ? "" : "s"), no problems\n")
    } else {
      StandardStreams.err(Self.summary(result) + "\n")
      throw ExitCode(1)
    }
  }

  /// The closing count of problems: those in the plan files read, and paths not found apart
  /// (they are in no file).
  static func summary(_ result: LoadResult) -> String {
    let missing = result.problems.count { $0.line == 0 && $0.message == PlanFileList.notFound }
    let notFound = "\(missing) path(s) not found"
    if result.fileCount == 0 && missing == result.problems.count {
      return "nothing checked: " + notFound
    }
    let count = result.problems.count - missing
    // How many of the files checked have problems: "91 problem(s) in 1 of 2 file(s)".
    let withProblems = Set(
      result.problems.filter { !($0.line == 0 && $0.message == PlanFileList.notFound) }.map(\.file)
    ).count
    let inFiles =
      count == 0
      ? "no problems in \(result.fileCount) file(s)"
      : withProblems == result.fileCount
        ? "\(count) problem(s) in \(result.fileCount) file(s)"
        : "\(count) problem(s) in \(withProblems) of \(result.fileCount) file(s)"
    return missing > 0 ? inFiles + ", " + notFound : inFiles
  }
}

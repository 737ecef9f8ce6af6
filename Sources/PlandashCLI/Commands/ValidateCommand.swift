import ArgumentParser
import Dashboard
import PlanFiles
import PlanModel

/// `plandash validate [PATH…]`: checks plan files and prints every problem as
/// `file:line: message`, in the user's language.
struct ValidateCommand: ParsableCommand, LanguageChoosing {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract: "Check plan files against the format and the model's rules.",
    discussion: "Prints each problem as file:line: message and exits 1 when there is any.")

  @Argument(help: "Plan files or folders (default: the plans folder).")
  var paths: [String] = []

  @OptionGroup var plansOptions: PlansOptions
  @OptionGroup var languageOptions: LanguageOptions

  func run() throws {
    let language = languageOptions.resolve()
    let targets = paths.isEmpty ? [try plansOptions.folder()] : paths
    let result = PlansOptions.load(
      targets, cacheKey: targets.joined(separator: "\n"), language: language)
    for problem in result.problems {
      StandardStreams.out(problem.text(language) + "\n")
    }
    if result.problems.isEmpty {
      StandardStreams.out(CLIText.planFilesOK(result.fileCount)(language) + "\n")
    } else {
      StandardStreams.err(Self.summary(result)(language) + "\n")
      throw ExitCode(1)
    }
  }

  /// The closing count of problems: those in the plan files read, and paths not found apart
  /// (they are in no file).
  static func summary(_ result: LoadResult) -> Localized {
    let isMissing = { (problem: FileProblem) in
      problem.line == 0 && problem.message == FileText.notFound
    }
    let missing = result.problems.count(where: isMissing)
    let notFound = CLIText.pathsNotFound(missing)
    if result.fileCount == 0 && missing == result.problems.count {
      return CLIText.nothingChecked(notFound)
    }
    let count = result.problems.count - missing
    // How many of the files checked have problems: "91 problem(s) in 1 of 2 file(s)".
    let withProblems = Set(result.problems.filter { !isMissing($0) }.map(\.file)).count
    let inFiles =
      count == 0
      ? CLIText.noProblems(inFiles: result.fileCount)
      : CLIText.problems(
        count, inFiles: withProblems == result.fileCount ? result.fileCount : withProblems,
        of: withProblems == result.fileCount ? nil : result.fileCount)
    return missing > 0 ? inFiles + CLIText.listSeparator + notFound : inFiles
  }
}

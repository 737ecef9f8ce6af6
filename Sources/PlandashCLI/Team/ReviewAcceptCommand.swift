import ArgumentParser
import Dashboard
import ProgressStore
import TeamStore

/// `plandash review accept ID…`: the office accepts reports (已审核).
struct ReviewAcceptCommand: ParsableCommand, LanguageChoosing {
  static let configuration = CommandConfiguration(
    commandName: "accept", abstract: "Accept reports (已审核).")

  @Argument(help: ArgumentHelp("Report numbers, as review list shows them.", valueName: "id"))
  var ids: [Int64]

  @OptionGroup var storeOptions: StoreOptions
  @OptionGroup var languageOptions: LanguageOptions

  func run() throws {
    let store = try storeOptions.requireTeam("review accept")
    try ReviewDecision.decide(
      ids, .accepted, note: nil, on: store, languageOptions.resolve())
  }
}

/// `plandash review return ID… --note TEXT`: the office returns reports with a comment (退回).
struct ReviewReturnCommand: ParsableCommand, LanguageChoosing {
  static let configuration = CommandConfiguration(
    commandName: "return", abstract: "Return reports to their unit with a comment (退回).")

  @Argument(help: ArgumentHelp("Report numbers, as review list shows them.", valueName: "id"))
  var ids: [Int64]

  @Option(parsing: .unconditional, help: ArgumentHelp("What the unit must fix.", valueName: "text"))
  var note: String

  @OptionGroup var storeOptions: StoreOptions
  @OptionGroup var languageOptions: LanguageOptions

  func run() throws {
    guard !note.trimmingCharacters(in: .whitespaces).isEmpty else {
      throw CLIError(TeamText.emptyReturnNote)
    }
    let store = try storeOptions.requireTeam("review return")
    try ReviewDecision.decide(
      ids, .returned, note: note, on: store, languageOptions.resolve())
  }
}

/// Accepting or returning, all the reports or none.
enum ReviewDecision {
  static func decide(
    _ ids: [Int64], _ state: ReviewState, note: String?, on store: TeamStore,
    _ language: Language
  ) throws {
    guard !ids.isEmpty else {
      throw CLIError(TeamText.noReportNumbers)
    }
    let unknown = try storeFailures { try TeamReview.decide(ids, state, note: note, on: store) }
    guard unknown.isEmpty else {
      throw CLIError(TeamText.noSuchReports(unknown))
    }
    StandardStreams.out(TeamText.reviewed(ids.count, state)(language) + "\n")
  }
}

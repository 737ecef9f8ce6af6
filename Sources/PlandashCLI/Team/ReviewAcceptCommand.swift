import ArgumentParser
import ProgressStore
import TeamStore

/// `plandash review accept ID…`: the office accepts reports (已审核).
struct ReviewAcceptCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "accept", abstract: "Accept reports (已审核).")

  @Argument(help: ArgumentHelp("Report numbers, as review list shows them.", valueName: "id"))
  var ids: [Int64]

  @OptionGroup var storeOptions: StoreOptions

  func run() throws {
    let store = try storeOptions.requireTeam("review accept")
    try ReviewDecision.decide(ids, .accepted, note: nil, on: store)
  }
}

/// `plandash review return ID… --note TEXT`: the office returns reports with a comment (退回).
struct ReviewReturnCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "return", abstract: "Return reports to their unit with a comment (退回).")

  @Argument(help: ArgumentHelp("Report numbers, as review list shows them.", valueName: "id"))
  var ids: [Int64]

  @Option(parsing: .unconditional, help: ArgumentHelp("What the unit must fix.", valueName: "text"))
  var note: String

  @OptionGroup var storeOptions: StoreOptions

  func run() throws {
    guard !note.trimmingCharacters(in: .whitespaces).isEmpty else {
      throw CLIError(
        TeamMessages.pick(
          zh: "review return：--note 不能为空", en: "review return: --note must say something"))
    }
    let store = try storeOptions.requireTeam("review return")
    try ReviewDecision.decide(ids, .returned, note: note, on: store)
  }
}

/// Accepting or returning, all the reports or none.
enum ReviewDecision {
  static func decide(_ ids: [Int64], _ state: ReviewState, note: String?, on store: TeamStore)
    throws
  {
    guard !ids.isEmpty else {
      throw CLIError(TeamMessages.pick(zh: "请给出填报编号", en: "give at least one report number"))
    }
    let unknown = try storeFailures { try TeamReview.decide(ids, state, note: note, on: store) }
    guard unknown.isEmpty else {
      throw CLIError(
        TeamMessages.pick(
          zh: "没有编号为 \(unknown.map(String.init).joined(separator: "、")) 的填报；未作任何更改",
          en:
            "no report numbered \(unknown.map(String.init).joined(separator: ", ")); nothing was changed"
        ))
    }
    let word = ReviewListCommand.word(state, zh: TeamMessages.language == .zh)
    StandardStreams.out(
      TeamMessages.pick(
        zh: "\(ids.count) 条填报已标为\(word)\n",
        en: "\(ids.count) report\(ids.count == 1 ? "" : "s") \(word)\n"))
  }
}

import ArgumentParser
import TeamStore

/// `plandash team period --due-day N`: reports are monthly, due on that day of the month.
struct TeamPeriodCommand: ParsableCommand, LanguageChoosing {
  static let configuration = CommandConfiguration(
    commandName: "period", abstract: "Set the day of the month the units' reports are due.")

  @Option(name: .customLong("due-day"), help: ArgumentHelp("1 to 28.", valueName: "n"))
  var dueDay: Int?

  @OptionGroup var storeOptions: StoreOptions
  @OptionGroup var languageOptions: LanguageOptions

  func run() throws {
    let language = languageOptions.resolve()
    let store = try storeOptions.requireTeam("team period")
    guard let dueDay else {
      let day = try storeFailures { try TeamPeriod.dueDay(on: store) }
      StandardStreams.out(TeamText.dueDay(day)(language) + "\n")
      return
    }
    guard (1...28).contains(dueDay) else {
      throw CLIError(TeamText.badDueDay(dueDay))
    }
    try storeFailures { try TeamPeriod.setDueDay(dueDay, on: store) }
    StandardStreams.out(TeamText.dueDaySet(dueDay)(language) + "\n")
  }
}

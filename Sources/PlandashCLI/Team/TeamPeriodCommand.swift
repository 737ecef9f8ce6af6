import ArgumentParser
import TeamStore

/// `plandash team period --due-day N`: reports are monthly, due on that day of the month.
struct TeamPeriodCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "period", abstract: "Set the day of the month the units' reports are due.")

  @Option(name: .customLong("due-day"), help: ArgumentHelp("1 to 28.", valueName: "n"))
  var dueDay: Int?

  @OptionGroup var storeOptions: StoreOptions

  func run() throws {
    let store = try storeOptions.requireTeam("team period")
    guard let dueDay else {
      let day = try storeFailures { try TeamPeriod.dueDay(on: store) }
      StandardStreams.out(
        day.map {
          TeamMessages.pick(zh: "每月 \($0) 日前填报\n", en: "reports due on day \($0) of each month\n")
        }
          ?? TeamMessages.pick(zh: "尚未设定填报截止日\n", en: "no due day set\n"))
      return
    }
    guard (1...28).contains(dueDay) else {
      throw CLIError(
        TeamMessages.pick(
          zh: "--due-day \(dueDay)：应为 1 到 28 之间的日子",
          en: "--due-day \(dueDay): give a day from 1 to 28"))
    }
    try storeFailures { try TeamPeriod.setDueDay(dueDay, on: store) }
    StandardStreams.out(
      TeamMessages.pick(
        zh: "填报截止日已设为每月 \(dueDay) 日\n", en: "reports now due on day \(dueDay) of each month\n"))
  }
}

import ArgumentParser
import TeamStore

/// `plandash team grant LOGIN (--unit NAME [--region ID] | --office | --viewer) --store URL`.
struct TeamGrantCommand: ParsableCommand, LanguageChoosing {
  static let configuration = CommandConfiguration(
    commandName: "grant",
    abstract: "Bind a login to a unit, to the office, or to reading only (creating it if needed).")

  @Argument(help: ArgumentHelp("The PostgreSQL login name.", valueName: "login"))
  var login: String

  @Option(help: ArgumentHelp("A 牵头/责任单位 as the published plans name it.", valueName: "name"))
  var unit: String?

  @Option(help: ArgumentHelp("Only that region's measures of the unit.", valueName: "id"))
  var region: String?

  @Flag(help: "The office: reports on everything, reviews, grants.")
  var office = false

  @Flag(help: "Reading only.")
  var viewer = false

  @OptionGroup var storeOptions: StoreOptions
  @OptionGroup var languageOptions: LanguageOptions

  func run() throws {
    let kinds = [unit != nil, office, viewer].filter { $0 }.count
    guard kinds == 1 else {
      throw CLIError(TeamText.grantNeedsOneKind)
    }
    if region != nil && unit == nil {
      throw CLIError(TeamText.regionNeedsUnit)
    }
    let kind: TeamMembers.Kind = unit != nil ? .unit : office ? .office : .viewer
    let store = try storeOptions.requireTeam("team grant")
    let password = TeamMembers.newPassword()
    let created = try storeFailures {
      try TeamMembers.grant(
        login, kind: kind, unit: unit, region: region, password: password, on: store)
    }
    let language = languageOptions.resolve()
    let bound = TeamText.boundTo(login, kind, unit: unit, region: region)
    StandardStreams.out(bound(language) + "\n")
    if created {
      StandardStreams.out(TeamText.loginCreated(login, password: password)(language) + "\n")
    }
  }
}

import ArgumentParser
import TeamStore

/// `plandash team list`: every login with its rights.
struct TeamListCommand: ParsableCommand, LanguageChoosing {
  static let configuration = CommandConfiguration(
    commandName: "list", abstract: "List the logins bound to units, the office and viewers.")

  @OptionGroup var storeOptions: StoreOptions
  @OptionGroup var languageOptions: LanguageOptions

  func run() throws {
    let store = try storeOptions.requireTeam("team list")
    let members = try storeFailures { try TeamMembers.list(on: store) }
    let rows = members.map { member in
      [
        member.login, member.kind.rawValue, member.unit ?? "", member.region ?? "",
        member.grantedBy,
      ]
    }
    StandardStreams.out(
      TextTable.render(
        header: TeamText.membersHeader.map { $0(languageOptions.resolve()) },
        rows: rows))
  }
}

import ArgumentParser
import TeamStore

/// `plandash team revoke LOGIN`: the login keeps its role but no right in this store.
struct TeamRevokeCommand: ParsableCommand, LanguageChoosing {
  static let configuration = CommandConfiguration(
    commandName: "revoke", abstract: "Take a login's rights in the team store away.")

  @Argument(help: ArgumentHelp("The PostgreSQL login name.", valueName: "login"))
  var login: String

  @OptionGroup var storeOptions: StoreOptions
  @OptionGroup var languageOptions: LanguageOptions

  func run() throws {
    let store = try storeOptions.requireTeam("team revoke")
    let revoked = try storeFailures { try TeamMembers.revoke(login, on: store) }
    guard revoked else {
      throw CLIError(TeamText.noRightsToRevoke(login))
    }
    StandardStreams.out(TeamText.revoked(login)(languageOptions.resolve()) + "\n")
  }
}

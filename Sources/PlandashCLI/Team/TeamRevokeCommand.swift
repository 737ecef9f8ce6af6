import ArgumentParser
import TeamStore

/// `plandash team revoke LOGIN`: the login keeps its role but no right in this store.
struct TeamRevokeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "revoke", abstract: "Take a login's rights in the team store away.")

  @Argument(help: ArgumentHelp("The PostgreSQL login name.", valueName: "login"))
  var login: String

  @OptionGroup var storeOptions: StoreOptions

  func run() throws {
    let store = try storeOptions.requireTeam("team revoke")
    let revoked = try storeFailures { try TeamMembers.revoke(login, on: store) }
    guard revoked else {
      throw CLIError(
        TeamMessages.pick(
          zh: "team revoke：\(login) 在此团队库中没有权限",
          en: "team revoke: \(login) has no rights in this team store"))
    }
    StandardStreams.out(TeamMessages.pick(zh: "已撤销 \(login) 的权限\n", en: "revoked \(login)\n"))
  }
}

import ArgumentParser
import TeamStore

/// `plandash team list`: every login with its rights.
struct TeamListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list", abstract: "List the logins bound to units, the office and viewers.")

  @OptionGroup var storeOptions: StoreOptions

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
        header: TeamMessages.language == .zh
          ? ["登录", "类别", "单位", "地区", "授权人"] : ["login", "kind", "unit", "region", "granted by"],
        rows: rows))
  }
}

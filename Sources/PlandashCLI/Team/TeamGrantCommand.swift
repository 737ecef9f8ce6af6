import ArgumentParser
import TeamStore

/// `plandash team grant LOGIN (--unit NAME [--region ID] | --office | --viewer) --store URL`.
struct TeamGrantCommand: ParsableCommand {
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

  func run() throws {
    let kinds = [unit != nil, office, viewer].filter { $0 }.count
    guard kinds == 1 else {
      throw CLIError(
        TeamMessages.pick(
          zh: "team grant：请给出 --unit 名称、--office 或 --viewer 之一",
          en: "team grant: give one of --unit NAME, --office or --viewer"))
    }
    if region != nil && unit == nil {
      throw CLIError(
        TeamMessages.pick(zh: "--region 只能与 --unit 同用", en: "--region goes with --unit only"))
    }
    let kind: TeamMembers.Kind = unit != nil ? .unit : office ? .office : .viewer
    let store = try storeOptions.requireTeam("team grant")
    let password = TeamMembers.newPassword()
    let created = try storeFailures {
      try TeamMembers.grant(
        login, kind: kind, unit: unit, region: region, password: password, on: store)
    }
    let role: String =
      switch kind {
      case .unit:
        TeamMessages.pick(zh: "单位 \(unit ?? "")", en: "unit \(unit ?? "")")
          + (region.map { "（\($0)）" } ?? "")
      case .office: TeamMessages.pick(zh: "办公室", en: "the office")
      case .viewer: TeamMessages.pick(zh: "只读", en: "reading only")
      }
    StandardStreams.out(
      TeamMessages.pick(zh: "\(login) 已绑定到\(role)\n", en: "\(login) bound to \(role)\n"))
    if created {
      StandardStreams.out(
        TeamMessages.pick(
          zh: "已新建登录 \(login)，密码：\(password)（请转交该用户，可用 ALTER ROLE 更改）\n",
          en:
            "created the login \(login) with the password \(password) (hand it over; change it with ALTER ROLE)\n"
        ))
    }
  }
}

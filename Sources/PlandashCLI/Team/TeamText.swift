import Dashboard
import PlanModel
import ProgressStore
import TeamStore

/// The words of the team commands (`team …`, `review …`, `store migrate`) and of a team
/// store's refusals, in Chinese and English: the catalogue those commands take their
/// messages from. The team store's own failures word themselves (`TeamStoreError.message`).
enum TeamText {
  // Refusals.
  static func needsTeamStore(_ command: String) -> Localized {
    Localized(
      zh: "\(command)：需要团队库（--store postgres://用户@主机:端口/数据库，或 PLANDASH_STORE）",
      en: "\(command): needs a team store (--store postgres://USER@HOST:PORT/DB, or PLANDASH_STORE)"
    )
  }

  static func nothingPublished(_ store: String) -> Localized {
    Localized(
      zh: "团队库 \(store) 还没有发布规划：办公室请先运行 plandash team publish",
      en:
        "team store \(store) has no published plans yet: the office runs plandash team publish first"
    )
  }

  static let emptyReturnNote = Localized(
    zh: "review return：--note 不能为空", en: "review return: --note must say something")

  static let noReportNumbers = Localized(zh: "请给出填报编号", en: "give at least one report number")

  static func noSuchReports(_ ids: [Int64]) -> Localized {
    let numbers = ids.map(String.init)
    return Localized(
      zh: "没有编号为 \(numbers.joined(separator: "、")) 的填报；未作任何更改",
      en: "no report numbered \(numbers.joined(separator: ", ")); nothing was changed")
  }

  static let grantNeedsOneKind = Localized(
    zh: "team grant：请给出 --unit 名称、--office 或 --viewer 之一",
    en: "team grant: give one of --unit NAME, --office or --viewer")

  static let regionNeedsUnit = Localized(
    zh: "--region 只能与 --unit 同用", en: "--region goes with --unit only")

  static func noRightsToRevoke(_ login: String) -> Localized {
    Localized(
      zh: "team revoke：\(login) 在此团队库中没有权限",
      en: "team revoke: \(login) has no rights in this team store")
  }

  static func badDueDay(_ day: Int) -> Localized {
    Localized(
      zh: "--due-day \(day)：应为 1 到 28 之间的日子", en: "--due-day \(day): give a day from 1 to 28")
  }

  static let migrateNeedsLocalStore = Localized(
    zh: "store migrate：--store 应为本地进度库文件", en: "store migrate: --store names the local store file")

  static let checkNeedsLocalStore = Localized(
    zh: "store check：--store 应为本地进度库文件（团队库由其服务器检查）",
    en: "store check: --store names the local store file (a team store is checked by its server)")

  static func storeSound(_ path: String) -> Localized {
    Localized(zh: "进度库 \(path) 完好：每一页都已读过", en: "store \(path) is sound: every page was read")
  }

  static func noLocalStore(_ path: String) -> Localized {
    Localized(zh: "本地进度库 \(path) 不存在", en: "no local store at \(path)")
  }

  // What the commands did.
  static let noPendingReports = Localized(
    zh: "没有待审核的填报", en: "no reports waiting for review")

  static func reviewed(_ count: Int, _ state: ReviewState) -> Localized {
    let word = review(state)
    return Localized(
      zh: "\(count) 条填报已标为\(word.zh)",
      en: "\(count) report\(count == 1 ? "" : "s") \(word.en)")
  }

  static func review(_ state: ReviewState) -> Localized {
    switch state {
    case .pending: Localized(zh: "待审核", en: "pending")
    case .accepted: Localized(zh: "已审核", en: "accepted")
    case .returned: Localized(zh: "退回", en: "returned")
    }
  }

  static let reviewHeader = [
    Localized(zh: "编号", en: "id"), Localized(zh: "时间", en: "when"),
    Localized(zh: "填报人", en: "by"), Localized(zh: "事项", en: "items"),
    Localized(zh: "内容", en: "change"), Localized(zh: "审核", en: "review"),
  ]

  static let membersHeader = [
    Localized(zh: "登录", en: "login"), Localized(zh: "类别", en: "kind"),
    Localized(zh: "单位", en: "unit"), Localized(zh: "地区", en: "region"),
    Localized(zh: "授权人", en: "granted by"),
  ]

  static func boundTo(_ login: String, _ kind: TeamMembers.Kind, unit: String?, region: String?)
    -> Localized
  {
    let role: Localized =
      switch kind {
      case .unit:
        Localized(zh: "单位 \(unit ?? "")", en: "unit \(unit ?? "")")
          + (region.map { Localized(zh: "（\($0)）", en: " (\($0))") } ?? Localized(verbatim: ""))
      case .office: Localized(zh: "办公室", en: "the office")
      case .viewer: Localized(zh: "只读", en: "reading only")
      }
    return Localized(zh: "\(login) 已绑定到\(role.zh)", en: "\(login) bound to \(role.en)")
  }

  static func loginCreated(_ login: String, password: String) -> Localized {
    Localized(
      zh: "已新建登录 \(login)，密码：\(password)（请转交该用户，可用 ALTER ROLE 更改）",
      en:
        "created the login \(login) with the password \(password) (hand it over; change it with ALTER ROLE)"
    )
  }

  static func revoked(_ login: String) -> Localized {
    Localized(zh: "已撤销 \(login) 的权限", en: "revoked \(login)")
  }

  static func dueDay(_ day: Int?) -> Localized {
    guard let day else { return Localized(zh: "尚未设定填报截止日", en: "no due day set") }
    return Localized(zh: "每月 \(day) 日前填报", en: "reports due on day \(day) of each month")
  }

  static func dueDaySet(_ day: Int) -> Localized {
    Localized(
      zh: "填报截止日已设为每月 \(day) 日", en: "reports now due on day \(day) of each month")
  }

  static func initialised(_ store: String, version: Int, created: Bool) -> Localized {
    created
      ? Localized(
        zh: "已在 \(store) 建立团队库（结构版本 \(version)）",
        en: "team store set up in \(store) (schema version \(version))")
      : Localized(
        zh: "\(store) 已是团队库（结构版本 \(version)），未作更改",
        en: "\(store) is a team store already (schema version \(version)); nothing changed")
  }

  static func upgraded(_ store: String, from: Int, to: Int) -> Localized {
    Localized(
      zh: "已将 \(store) 的团队库结构从版本 \(from) 升级到 \(to)，数据未动",
      en: "team store \(store) upgraded from schema version \(from) to \(to); no data touched")
  }

  static func published(version: Int64, files: Int, regions: Int) -> Localized {
    Localized(
      zh: "已发布第 \(version) 版规划：\(files) 个文件、\(regions) 个地区",
      en:
        "published plans version \(version): \(files) file\(files == 1 ? "" : "s"), \(regions) region\(regions == 1 ? "" : "s")"
    )
  }

  static func migrated(statuses: Int, actuals: Int, operations: Int) -> Localized {
    Localized(
      zh: "已迁入：状态\(statuses)条、实际值\(actuals)个、操作记录\(operations)条",
      en:
        "migrated \(CLIText.counted(statuses, "status", plural: "statuses")), "
        + "\(CLIText.counted(actuals, "actual")), \(CLIText.counted(operations, "logged operation"))"
    )
  }
}

import PlanModel

/// Why a team store could not be reached or changed: one line in Chinese (`zh`) and in
/// English (`en`), naming the store's address (never its password). When one of these is
/// thrown for a write, nothing of that write was stored.
public enum TeamStoreError: Error, Equatable, Sendable, CustomStringConvertible, UserFacingError {
  public enum AddressProblem: Equatable, Sendable {
    case notPostgres
    case noUser
    case noHost
    case noDatabase
    case badSSLMode(String)
  }

  case badAddress(String, AddressProblem)
  /// Refused, unknown host, or no answer within the timeout.
  case unreachable(store: String, detail: String)
  /// Wrong password, no password, or the server's rules (pg_hba.conf) refuse the login.
  case authentication(store: String, detail: String)
  case unknownDatabase(store: String)
  /// TLS required by `sslmode` but not offered, or the certificate not trusted.
  case tls(store: String, detail: String)
  /// The database has no plandash schema yet (`plandash team init` makes it).
  case notInitialised(store: String)
  case newerSchema(store: String, found: Int, supported: Int)
  /// The store's schema is older than this plandash's: `team init` brings it up to date.
  case olderSchema(store: String, found: Int, supported: Int)
  /// The server refused: the login lacks the right (row-level security, grants).
  case denied(store: String, detail: String)
  /// The login may not report on these items (not its unit's measures or their targets).
  case notYours(store: String, items: [String])
  case nothingToUndo(store: String)
  case nothingToRedo(store: String)
  /// A plandash rule the store checks (an unknown unit, a bad due day …).
  case refused(zh: String, en: String)
  /// Any other server failure.
  case server(store: String, detail: String)

  public var description: String { zh }

  /// Both texts, for whoever shows the error in the user's language.
  public var message: Localized { Localized(zh: zh, en: en) }

  public var zh: String {
    switch self {
    case .badAddress(let text, let problem): "团队库地址 \(text) 有误：\(Self.zh(problem))"
    case .unreachable(let store, let detail): "无法连接团队库 \(store)（\(detail)）；未作任何更改"
    case .authentication(let store, let detail): "团队库 \(store) 拒绝登录（\(detail)）"
    case .unknownDatabase(let store): "团队库 \(store) 的数据库不存在"
    case .tls(let store, let detail): "团队库 \(store) 的加密连接失败（\(detail)）"
    case .notInitialised(let store): "\(store) 还不是团队库：请先运行 plandash team init"
    case .newerSchema(let store, let found, let supported):
      "团队库 \(store) 的结构版本为 \(found)，比本 plandash 支持的（\(supported)）新；请更新 plandash，库未作更改"
    case .olderSchema(let store, let found, let supported):
      "团队库 \(store) 的结构版本为 \(found)，比本 plandash 的（\(supported)）旧；请管理员运行 plandash team init 升级，库未作更改"
    case .denied(let store, let detail): "团队库 \(store) 拒绝了此操作（\(detail)）；未作任何更改"
    case .notYours(let store, let items):
      "团队库 \(store)：你的单位不负责 \(items.joined(separator: "、"))，不能填报；未作任何更改"
    case .nothingToUndo(let store): "团队库 \(store) 中没有你可撤销的更改"
    case .nothingToRedo(let store): "团队库 \(store) 中没有你可重做的更改"
    case .refused(let zh, _): zh
    case .server(let store, let detail): "团队库 \(store)：\(detail)；未作任何更改"
    }
  }

  public var en: String {
    switch self {
    case .badAddress(let text, let problem): "team store address \(text): \(Self.en(problem))"
    case .unreachable(let store, let detail):
      "cannot reach the team store \(store) (\(detail)); nothing was changed"
    case .authentication(let store, let detail): "team store \(store) refused the login (\(detail))"
    case .unknownDatabase(let store): "team store \(store): no such database"
    case .tls(let store, let detail): "team store \(store): TLS failed (\(detail))"
    case .notInitialised(let store):
      "\(store) is not a team store yet: run plandash team init first"
    case .newerSchema(let store, let found, let supported):
      "team store \(store) has schema version \(found), newer than this plandash supports (\(supported)); update plandash — the store was left as it is"
    case .olderSchema(let store, let found, let supported):
      "team store \(store) has schema version \(found), older than this plandash's (\(supported)); the administrator upgrades it with plandash team init — the store was left as it is"
    case .denied(let store, let detail):
      "team store \(store) refused this (\(detail)); nothing was changed"
    case .notYours(let store, let items):
      "team store \(store): your unit is not responsible for \(items.joined(separator: ", ")), so it cannot report on them; nothing was changed"
    case .nothingToUndo(let store): "nothing of yours to undo in team store \(store)"
    case .nothingToRedo(let store): "nothing of yours to redo in team store \(store)"
    case .refused(_, let en): en
    case .server(let store, let detail): "team store \(store): \(detail); nothing was changed"
    }
  }

  private static func zh(_ problem: AddressProblem) -> String {
    switch problem {
    case .notPostgres: "应为 postgres://用户@主机:端口/数据库"
    case .noUser: "缺少用户名（postgres://用户@主机/数据库）"
    case .noHost: "缺少主机"
    case .noDatabase: "缺少数据库名"
    case .badSSLMode(let mode):
      "sslmode=\(mode) 无效（可用：\(SSLMode.allCases.map(\.rawValue).joined(separator: "、"))）"
    }
  }

  private static func en(_ problem: AddressProblem) -> String {
    switch problem {
    case .notPostgres: "expected postgres://USER@HOST:PORT/DATABASE"
    case .noUser: "no user name (postgres://USER@HOST/DATABASE)"
    case .noHost: "no host"
    case .noDatabase: "no database name"
    case .badSSLMode(let mode):
      "sslmode=\(mode) is not one of \(SSLMode.allCases.map(\.rawValue).joined(separator: ", "))"
    }
  }
}

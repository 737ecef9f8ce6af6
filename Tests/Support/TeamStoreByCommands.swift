import Foundation

/// A team store made as an office makes one, through the built binary: `team init`, SampleData's
/// 合川区 published, and a login granted for 区经济信息委 (its measures include
/// `hechuan.measure.auto-parts`). Each run has its own caches and data folders in `home`.
public struct TeamStoreByCommands: @unchecked Sendable {
  public let admin: String
  public let unit: String
  public let unitLogin: String
  public let home: TemporaryFolder

  public struct Failed: Error, CustomStringConvertible {
    public let description: String
  }

  /// The environment a plandash process on this store runs with (English messages).
  public func environment(store: String? = nil) -> [String: String] {
    var environment: [String: String] = [
      "LANG": "en_US.UTF-8", "XDG_CACHE_HOME": home.path("cache"),
      "XDG_DATA_HOME": home.path("data"), "HOME": home.path,
    ]
    if let store { environment["PLANDASH_STORE"] = store }
    return environment
  }

  /// Runs plandash on the store as the given address (the unit's by default).
  public func run(_ arguments: [String], as store: String? = nil) throws -> PlandashBinary.Result {
    try PlandashBinary.run(arguments, environment: environment(store: store ?? unit))
  }

  /// Sets up a new store in a fresh database of the test server (or on `admin`).
  public init(admin given: String? = nil, home: TemporaryFolder = TemporaryFolder()) throws {
    let admin = try given ?? TestPostgres.freshDatabase()
    let login = "jxw_" + UUID().uuidString.prefix(6).lowercased()
    let plans = home.path("plans")
    try FileManager.default.createDirectory(atPath: plans, withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      atPath: PlandashBinary.sampleData + "/hechuan.yaml", toPath: plans + "/hechuan.yaml")
    let environment = [
      "LANG": "en_US.UTF-8", "XDG_CACHE_HOME": home.path("cache"),
      "XDG_DATA_HOME": home.path("data"), "HOME": home.path, "PLANDASH_STORE": admin,
    ]
    func step(_ arguments: [String]) throws -> String {
      let result = try PlandashBinary.run(arguments, environment: environment)
      guard result.status == 0 else {
        throw Failed(description: "plandash \(arguments.joined(separator: " ")): \(result.err)")
      }
      return result.out
    }
    _ = try step(["team", "init", admin])
    _ = try step(["team", "publish", "--plans", plans])
    let granted = try step(
      ["team", "grant", login, "--unit", "区经济信息委", "--region", "hechuan"])
    guard let password = granted.split(separator: " ").first(where: { $0.count == 20 }) else {
      throw Failed(description: "team grant printed no password: \(granted)")
    }
    self.admin = admin
    self.home = home
    unitLogin = login
    unit = TestPostgres.withUser(admin, login, password: String(password))
  }
}

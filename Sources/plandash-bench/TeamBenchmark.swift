import Foundation
import PlanFiles
import PlanModel
import ProgressStore
import TeamStore

/// `plandash-bench team [--store ADMIN_URL] [--clients 50] [--reports 200] [--regions 3000]`:
/// the team store's figures against the goals of issue 13 — N concurrent clients (each a
/// unit's login on its own connection) sending M reports each over loopback, with none lost
/// and the 99th-percentile report latency; then process start to first frame from a team
/// store holding the published plans of 3,000 generated regions and their progress, with a
/// warm plan cache. Without `--store` it starts a private server
/// (scripts/postgres-test-cluster.sh) and stops it after.
enum TeamBenchmark {
  static func run(arguments: [String]) throws {
    let clients = BenchSupport.option("--clients", in: arguments).flatMap(Int.init) ?? 50
    let reports = BenchSupport.option("--reports", in: arguments).flatMap(Int.init) ?? 200
    let regions = BenchSupport.option("--regions", in: arguments).flatMap(Int.init) ?? 3000
    var cluster: BenchCluster?
    let server: String
    if let given = BenchSupport.option("--store", in: arguments) {
      server = given
    } else {
      let started = try BenchCluster()
      cluster = started
      server = started.adminURL
    }
    defer { cluster?.stop() }
    print("plandash-bench team (goals from issue 13)")
    try ReportBurst(clients: clients, reports: reports).run(on: freshDatabase(server, "burst"))
    try TeamFirstFrame(regions: regions).run(on: freshDatabase(server, "frame"))
  }

  /// A new database on the server, with `team init` done; its administrator's address.
  static func freshDatabase(_ server: String, _ name: String) throws -> String {
    let database = "plandash_bench_\(name)_\(getpid())"
    let connection = try TeamConnection(try TeamURL(server))
    try connection.execute("CREATE DATABASE \(database)")
    connection.close()
    var components = URLComponents(string: server)
    components?.path = "/" + database
    let url = components?.string ?? server
    let admin = try TeamConnection(try TeamURL(url))
    _ = try TeamSetup.initialise(admin)
    admin.close()
    return url
  }

  static func percentile(_ sorted: [Double], _ p: Double) -> Double {
    guard !sorted.isEmpty else { return 0 }
    return sorted[min(sorted.count - 1, Int((Double(sorted.count) * p).rounded(.up)) - 1)]
  }
}

/// A private PostgreSQL server for the benchmark (the test cluster script).
final class BenchCluster {
  let adminURL: String
  private let folder = NSTemporaryDirectory() + "plandash-bench-pg-\(getpid())"
  private static let script =
    URL(fileURLWithPath: BenchSupport.sampleData).deletingLastPathComponent()
    .appendingPathComponent("scripts/postgres-test-cluster.sh").path

  init() throws {
    let out = NSTemporaryDirectory() + "plandash-bench-pg-\(getpid()).out"
    defer { try? FileManager.default.removeItem(atPath: out) }
    let started = try BenchSupport.run(
      "/bin/bash", ["-c", "bash \(Self.script) start \(folder) >\(out)"], quiet: false)
    let text = (try? String(contentsOfFile: out, encoding: .utf8)) ?? ""
    guard started.status == 0,
      let line = text.split(separator: "\n").first(where: { $0.hasPrefix("PLANDASH_TEST_PG=") })
    else { throw BenchError("the private PostgreSQL server did not start") }
    adminURL = String(line.dropFirst("PLANDASH_TEST_PG=".count))
  }

  func stop() {
    _ = try? BenchSupport.run("/bin/bash", [Self.script, "stop", folder])
  }
}

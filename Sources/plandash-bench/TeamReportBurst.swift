import Foundation
import PlanModel
import ProgressStore
import TeamStore

/// N clients, each a unit's login bound to one region (its own connection, its own thread),
/// each opened as a dashboard opens (the store's progress read once), then all starting at
/// once and each sending M reports (one `mark` transaction each, a note that changes every
/// time). Then the server is asked how many each login made. Besides the latencies it
/// prints this process's CPU time a report (every client's work, and the connections'
/// event loops), so that a run on a busy machine can be judged.
struct ReportBurst {
  let clients: Int
  let reports: Int

  /// One client: its login's address and the measures it reports on.
  struct Client {
    var url: String
    var measures: [String]
  }

  func run(on admin: String) throws {
    print("\n\(clients) concurrent clients × \(reports) reports, loopback")
    let clientList = try setUp(admin)
    let latencies = Latencies()
    let ready = DispatchGroup()
    let finished = DispatchGroup()
    let start = DispatchSemaphore(value: 0)
    let failures = Latencies()
    for client in clientList {
      ready.enter()
      finished.enter()
      let reports = reports
      Thread.detachNewThread {
        defer { finished.leave() }
        guard let store = try? TeamStore(url: TeamURL(client.url)), (try? store.snapshot()) != nil
        else {
          failures.add(0)
          ready.leave()
          return
        }
        ready.leave()
        start.wait()
        for n in 0..<reports {
          let id = client.measures[n % client.measures.count]
          let began = DispatchTime.now().uptimeNanoseconds
          do {
            try store.apply(.setStatus(ids: [id], status: .inProgress, note: "r\(n)"), by: "")
            latencies.add(Double(DispatchTime.now().uptimeNanoseconds - began) / 1e9)
          } catch {
            failures.add(0)
          }
        }
      }
    }
    ready.wait()
    let cpuBefore = BenchSupport.processCPUSeconds()
    let wall = BenchSupport.time {
      for _ in clientList { start.signal() }
      finished.wait()
    }
    let cpu = BenchSupport.processCPUSeconds() - cpuBefore
    try report(admin, latencies.sorted, failures: failures.sorted.count, wall: wall)
    print(
      "  clients' CPU (this process): \(String(format: "%.3f", cpu * 1000 / Double(max(1, clients * reports)))) ms a report"
    )
  }

  /// Logins `bench_c<i>_<pid>`, each bound to the unit leading region i's first measure.
  private func setUp(_ admin: String) throws -> [Client] {
    let generator = SyntheticPlans(seed: 13)
    let plans = (0..<clients).map { generator.plan($0) }
    let store = try TeamStore(url: TeamURL(admin))
    _ = try TeamPlans.publish([], catalog: Catalog(plans: plans), on: store)
    return try plans.enumerated().map { index, plan in
      let unit = plan.measures.first?.leadUnits.first ?? ""
      let measures = plan.measures.filter {
        $0.leadUnits.contains(unit) || $0.responsibleUnits.contains(unit)
      }.map(\.id)
      let login = "bench_c\(index)_\(getpid())"
      let password = TeamMembers.newPassword()
      _ = try TeamMembers.grant(
        login, kind: .unit, unit: unit, region: plan.region.id, password: password, on: store)
      var components = URLComponents(string: admin)
      components?.user = login
      components?.password = password
      return Client(url: components?.string ?? admin, measures: measures)
    }
  }

  private func report(_ admin: String, _ sorted: [Double], failures: Int, wall: Double) throws {
    let store = try TeamStore(url: TeamURL(admin))
    let stored = try TeamOperationCount.changes(byLoginsLike: "bench_c%", on: store)
    let acknowledged = sorted.count
    let p = { TeamBenchmark.percentile(sorted, $0) }
    print(
      "  acknowledged \(acknowledged) of \(clients * reports), refused \(failures); stored \(stored); lost \(max(0, acknowledged - stored)) (goal: none lost)"
    )
    print(
      "  report latency p50 \(BenchSupport.format(seconds: p(0.5))), p99 \(BenchSupport.format(seconds: p(0.99))) (goal ≤ 20 ms), max \(BenchSupport.format(seconds: sorted.last ?? 0))"
    )
    print(
      "  \(BenchSupport.format(seconds: wall)) in all, \(Int(Double(acknowledged) / max(wall, 1e-9))) reports/s"
    )
  }
}

/// Latencies (or failures) from many threads.
final class Latencies: @unchecked Sendable {
  private let lock = NSLock()
  private var values: [Double] = []

  func add(_ value: Double) { lock.withLock { values.append(value) } }
  var sorted: [Double] { lock.withLock { values.sorted() } }
}

import Foundation
import PlanFiles
import PlanModel
import TeamStore

/// Process start to first frame (`plandash render`, as the dashboard loads and draws before
/// it shows anything) from a team store holding the published plans of N generated regions
/// and a status for a third of their measures, with the plan cache warm (one run before).
struct TeamFirstFrame {
  let regions: Int

  func run(on admin: String) throws {
    print("\n\(regions) generated regions in a team store")
    let work = NSTemporaryDirectory() + "plandash-bench-team-\(getpid())"
    let plans = work + "/plans"
    defer { try? FileManager.default.removeItem(atPath: work) }
    try FileManager.default.createDirectory(atPath: plans, withIntermediateDirectories: true)
    let generator = SyntheticPlans(seed: 1)
    DispatchQueue.concurrentPerform(iterations: regions) { index in
      let plan = generator.plan(index)
      let text = (try? PlanYAMLWriter.yaml(for: plan)) ?? ""
      _ = FileManager.default.createFile(
        atPath: plans + "/\(plan.region.id).yaml", contents: Data(text.utf8))
    }
    let binary = BenchSupport.plandashBinary
    let env = ["XDG_CACHE_HOME": work + "/cache", "PLANDASH_STORE": admin]
    let published = try BenchSupport.run(
      binary, ["team", "publish", "--plans", plans], environment: env)
    guard published.status == 0 else {
      throw BenchError("team publish failed (exit \(published.status))")
    }
    print("  team publish     \(BenchSupport.format(seconds: published.seconds))")
    let statuses = try TeamOperationCount.fillStatuses(
      every: 3, on: TeamStore(url: TeamURL(admin)))
    print("  statuses stored  \(statuses)")
    let render = ["render", "--width", "160", "--height", "48"]
    let cold = try BenchSupport.run(binary, render, environment: env)
    print(
      "  first start (downloads the plans, fills the plan cache) \(BenchSupport.format(seconds: cold.seconds)) (exit \(cold.status))"
    )
    let team = try Self.best(of: 4, binary, render, env)
    print(
      "  start → first frame, warm plan cache: \(team) (goal ≤ 1.5 s)")
    // The same plans from the cache's folder with no store: what the team store adds.
    let folder = TeamPlanCache(store: try TeamURL(admin), environment: env).lastSeen ?? plans
    let local = try Self.best(
      of: 4, binary, render + ["--plans", folder, "--store", work + "/none.sqlite"], env)
    print("  the same plans, no store (plans only): \(local)")
  }

  /// Runs `arguments` `count` times; the best and median seconds.
  static func best(
    of count: Int, _ binary: String, _ arguments: [String], _ env: [String: String]
  ) throws -> String {
    var runs: [Double] = []
    for _ in 0..<count {
      let run = try BenchSupport.run(binary, arguments, environment: env)
      guard run.status == 0 else { throw BenchError("render failed (exit \(run.status))") }
      runs.append(run.seconds)
    }
    runs.sort()
    return
      "best \(BenchSupport.format(seconds: runs[0])), median \(BenchSupport.format(seconds: runs[runs.count / 2])) of \(count)"
  }
}

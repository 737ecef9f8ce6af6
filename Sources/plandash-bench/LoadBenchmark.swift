import Dispatch
import Foundation
import PlanFiles
import PlanModel

/// Issue 2's goals for N generated regions (default 3,000 ≈ 180,000 measures): the first
/// load (goal < 30 s), every later start from the content-keyed cache (goal < 1 s), and
/// peak memory (goal < 400 MB) — each measured on the real `plandash` binary.
enum LoadBenchmark {
  static func run(_ args: [String]) throws {
    let regions = Int(BenchSupport.option("--regions", in: args) ?? "") ?? 3000
    let work = NSTemporaryDirectory() + "plandash-bench-load-\(getpid())"
    let plans = work + "/plans"
    let cache = work + "/cache"
    defer { try? FileManager.default.removeItem(atPath: work) }
    try FileManager.default.createDirectory(atPath: plans, withIntermediateDirectories: true)

    print("plandash load benchmark — \(regions) generated regions")
    let generator = SyntheticPlans(seed: 1)
    let generateSeconds = BenchSupport.time {
      DispatchQueue.concurrentPerform(iterations: regions) { index in
        let plan = generator.plan(index)
        let text = (try? PlanYAMLWriter.yaml(for: plan)) ?? ""
        _ = FileManager.default.createFile(
          atPath: plans + "/\(plan.region.id).yaml", contents: Data(text.utf8))
      }
    }
    let size = (try? FileManager.default.subpathsOfDirectory(atPath: plans))?.reduce(0) {
      $0 + ((try? FileManager.default.attributesOfItem(atPath: plans + "/" + $1)[.size] as? Int) ?? 0)
    } ?? 0
    print(
      "  generated        \(BenchSupport.format(seconds: generateSeconds)) "
        + "(\(regions * SyntheticPlans.measuresPerPlan) measures, \(BenchSupport.format(bytes: size)) of YAML)")

    let binary = BenchSupport.plandashBinary
    let env = ["XDG_CACHE_HOME": cache]
    let first = try BenchSupport.run(binary, ["validate", plans], environment: env)
    print(
      "  first load       \(BenchSupport.format(seconds: first.seconds))  peak \(BenchSupport.format(bytes: first.peakBytes))  (goal < 30 s; exit \(first.status))"
    )
    var later: [(Double, Int)] = []
    for _ in 0..<3 {
      let run = try BenchSupport.run(binary, ["validate", plans], environment: env)
      later.append((run.seconds, run.peakBytes))
    }
    let best = later.map(\.0).min() ?? 0
    let peak = later.map(\.1).max() ?? 0
    print(
      "  later start      \(BenchSupport.format(seconds: best)) (best of 3)  peak \(BenchSupport.format(bytes: peak))  (goals < 1 s, < 400 MB)"
    )

    // In-process phases of a later start, to see where the time goes.
    let planCache = PlanCache(path: PlanCache.defaultPath(forPlans: plans, environment: env))
    var result: LoadResult?
    let loadSeconds = BenchSupport.time {
      result = PlanLoader.load(paths: [plans], cache: planCache)
    }
    var catalog: Catalog?
    let catalogSeconds = BenchSupport.time { catalog = Catalog(plans: result?.plans ?? []) }
    print(
      "  in process       load \(BenchSupport.format(seconds: loadSeconds)), catalog \(BenchSupport.format(seconds: catalogSeconds)), \(catalog?.allIDs.count ?? 0) ids"
    )
  }
}

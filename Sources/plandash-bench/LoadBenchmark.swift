import Dispatch
import Foundation
import PlanFiles
import PlanModel

/// Issue 2's goals for N generated regions (default 3,000 ≈ 180,000 measures): the first
/// load (goal < 30 s), every later start from the content-keyed cache (goal < 1 s), and
/// peak memory (goal < 400 MB) — each measured on the real `plandash` binary.
enum LoadBenchmark {
  static func run(_ args: [String]) throws {
    if let plans = BenchSupport.option("--phases-only", in: args) {
      // Phases of a later start on an existing, already cached folder.
      let env = ["XDG_CACHE_HOME": ProcessInfo.processInfo.environment["XDG_CACHE_HOME"] ?? ""]
      return try phases(plans: plans, env: env)
    }
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
    let size =
      (try? FileManager.default.subpathsOfDirectory(atPath: plans))?.reduce(0) {
        $0
          + ((try? FileManager.default.attributesOfItem(atPath: plans + "/" + $1)[.size] as? Int)
            ?? 0)
      } ?? 0
    print(
      "  generated        \(BenchSupport.format(seconds: generateSeconds)) "
        + "(\(regions * SyntheticPlans.measuresPerPlan) measures, \(BenchSupport.format(bytes: size)) of YAML)"
    )

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

    // Process start to first frame: `plandash render` loads (from the cache), builds the
    // dashboard and draws its first frame, as `plandash` does before it shows anything.
    let store = ["PLANDASH_STORE": work + "/render-store.sqlite"]
    for (label, folder) in [
      ("sample data", BenchSupport.sampleData), ("\(regions) regions", plans),
    ] {
      var best = Double.infinity
      for _ in 0..<4 {
        let run = try BenchSupport.run(
          binary, ["render", "--plans", folder, "--width", "160", "--height", "48"],
          environment: env.merging(store) { _, new in new })
        best = min(best, run.seconds)
      }
      print(
        "  start → first frame, \(label): \(BenchSupport.format(seconds: best)) (best of 4; goals 50 ms sample, 1 s at scale)"
      )
    }
    try phases(plans: plans, env: env)
  }

  /// In-process phases of a later start, to see where the time goes.
  static func phases(plans: String, env: [String: String]) throws {
    var files: [String] = []
    let listSeconds = BenchSupport.time { files = PlanFileList.expand([plans]).files }
    var total = 0
    let readSeconds = BenchSupport.time {
      for file in files { total &+= FileBytes.read(file)?.count ?? 0 }
    }
    var hashes: [ContentHash] = []
    let hashSeconds = BenchSupport.time {
      for file in files { hashes.append(ContentHash(of: FileBytes.read(file) ?? [])) }
    }
    let cacheForPhases = PlanCache(path: PlanCache.defaultPath(forPlans: plans, environment: env))
    var decoded: [Plan] = []
    let decodeSeconds = BenchSupport.time {
      for hash in hashes { if let plan = cacheForPhases.plan(for: hash) { decoded.append(plan) } }
    }
    let ownSeconds = BenchSupport.time { _ = PlanRules.checkPlans(decoded, at: 0..<decoded.count) }
    var builtCatalog: Catalog?
    let catalogSeconds = BenchSupport.time { builtCatalog = Catalog(plans: decoded) }
    let acrossSeconds = BenchSupport.time { _ = PlanRules.checkAcross(builtCatalog!) }
    let rulesSeconds = ownSeconds + acrossSeconds
    print(
      "  rules            own \(BenchSupport.format(seconds: ownSeconds)), catalog \(BenchSupport.format(seconds: catalogSeconds)), across \(BenchSupport.format(seconds: acrossSeconds))"
    )
    print(
      "  phases (1 core)  list \(BenchSupport.format(seconds: listSeconds)), read \(BenchSupport.format(seconds: readSeconds)), read+hash \(BenchSupport.format(seconds: hashSeconds)), decode \(BenchSupport.format(seconds: decodeSeconds)), rules \(BenchSupport.format(seconds: rulesSeconds))"
    )
    let planCache = PlanCache(path: PlanCache.defaultPath(forPlans: plans, environment: env))
    var result: LoadResult?
    let loadSeconds = BenchSupport.time {
      result = PlanLoader.load(paths: [plans], cache: planCache)
    }
    print(
      "  in process       load \(BenchSupport.format(seconds: loadSeconds)) (catalog included), \(result?.catalog.allIDs.count ?? 0) ids"
    )
  }
}

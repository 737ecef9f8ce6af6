import Foundation
import PlanFiles
import PlanModel
import ProgressStore

/// `plandash-bench store [--processes N]`: prints the progress store's figures against the
/// goals of issue 4 — one `mark` end to end, 10,000 measures in one command, N separate
/// `mark` processes against N starts of the binary doing nothing, and fsyncs per
/// acknowledged mark (strace). Needs `plandash` built beside this binary.
enum StoreBenchmark {
  static func run(arguments: [String]) {
    let processes = BenchSupport.option("--processes", in: arguments).flatMap(Int.init) ?? 1000
    let binary = BenchSupport.plandashBinary
    guard FileManager.default.isExecutableFile(atPath: binary) else {
      print("store benchmark: \(binary) is not built; run `swift build --product plandash` first")
      return
    }
    let work = NSTemporaryDirectory() + "plandash-store-bench-" + String(getpid())
    try? FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: work) }
    let bench = Bench(binary: binary, work: work)
    print("plandash store benchmark (binary: \(binary))")
    bench.oneMark()
    bench.storeShareOfOneMark()
    bench.tenThousandMeasures()
    bench.separateProcesses(count: processes)
    bench.fsyncsPerMark(count: 100)
  }
}

/// The measurements, each printing its own lines.
private struct Bench {
  let binary: String
  let work: String

  /// Runs the binary and returns its wall time in seconds (process start to exit).
  @discardableResult
  func timed(_ arguments: [String], expectSuccess: Bool = true) -> Double {
    guard let run = try? BenchSupport.run(binary, arguments) else {
      print("  ! cannot start \(binary)")
      return 0
    }
    if expectSuccess && run.status != 0 {
      print("  ! \(arguments.joined(separator: " ")) exited \(run.status)")
    }
    return run.seconds
  }

  /// Runs a program to its end; its exit status (-1 when it could not start). Standard
  /// output and error go to /dev/null, or standard error to `output`.
  @discardableResult
  func launch(_ path: String, _ arguments: [String], output: String? = nil) -> Int32 {
    (try? BenchSupport.run(path, arguments, stderrPath: output))?.status ?? -1
  }

  /// A plans folder of `regions` generated regions (about 60 measures each) and its
  /// measure ids.
  func generated(regions: Int) -> (folder: String, measures: [String]) {
    let folder = work + "/generated-\(regions)"
    if !FileManager.default.fileExists(atPath: folder) {
      launch(binary, ["generate", "--regions", String(regions), "--seed", "7", "--out", folder])
    }
    let plans = PlanLoader.load(paths: [folder]).plans
    return (folder, plans.flatMap { $0.measures.map(\.id) })
  }

  func ms(_ seconds: Double) -> String { String(format: "%.1f ms", seconds * 1000) }

  func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

  func oneMark() {
    print("\n1. one `mark`, process start to exit (goal: under 30 ms)")
    var folders: [(String, String)] = []
    if let sample = PlansLocator.shippedFolder(named: "SampleData") {
      folders.append(("shipped SampleData", sample))
    }
    let one = generated(regions: 1)
    folders.append(("1 generated region", one.folder))
    for (label, folder) in folders {
      let plans = PlanLoader.load(paths: [folder]).plans
      guard let id = plans.first?.measures.first?.id else { continue }
      let store = work + "/one-\(folders.count)-\(label.count).sqlite"
      let base = ["--plans", folder, "--store", store]
      timed(["mark", id] + base)  // creates the store
      var times: [Double] = []
      for round in 0..<21 {
        let status = ["done", "in-progress"][round % 2]
        times.append(timed(["mark", id, "--status", status] + base))
      }
      let nothing = (0..<21).map { _ in timed(["--help"]) }
      print(
        "   \(label) (\(plans.count) plans, \(plans.reduce(0) { $0 + $1.measures.count }) measures): median \(ms(median(times))), best \(ms(times.min()!)); `plandash --help` median \(ms(median(nothing)))"
      )
    }
  }

  /// The store's own share of one mark: open an existing store, apply, close.
  func storeShareOfOneMark() {
    let path = work + "/in-process.sqlite"
    var times: [Double] = []
    for round in 0..<51 {
      let start = DispatchTime.now().uptimeNanoseconds
      do {
        let store = try ProgressStore(path: path)
        try store.apply(
          .setStatus(ids: ["r.measure.m1"], status: round % 2 == 0 ? .done : .todo, note: nil),
          by: "bench")
      } catch {
        print("   ! \(error)")
        return
      }
      if round > 0 { times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9) }
    }
    print(
      "   the store's share, in process (open an existing store, one committed mark, close): median \(ms(median(times))), best \(ms(times.min()!))"
    )
  }

  func tenThousandMeasures() {
    print("\n2. 10,000 generated measures marked in one command (goal: under 1 s)")
    let (folder, measures) = generated(regions: 170)
    let ids = Array(measures.prefix(10_000))
    guard ids.count == 10_000 else {
      print("   only \(ids.count) measures generated; skipped")
      return
    }
    let list = work + "/ten-thousand.txt"
    try? ids.joined(separator: "\n").write(toFile: list, atomically: true, encoding: .utf8)
    let store = work + "/ten-thousand.sqlite"
    let base = ["--plans", folder, "--store", store]
    timed(["status"] + base)  // creates the store, fills the plan cache (a first load)
    let whole = timed(["mark", "--from-file", list] + base)
    let loadStart = DispatchTime.now().uptimeNanoseconds
    _ = PlanLoader.load(
      paths: [folder], cache: PlanCache(path: PlanCache.defaultPath(forPlans: folder)))
    let load = Double(DispatchTime.now().uptimeNanoseconds - loadStart) / 1e9
    let storeOnly: Double
    do {
      let inProcess = try ProgressStore(path: work + "/ten-thousand-in-process.sqlite")
      let start = DispatchTime.now().uptimeNanoseconds
      try inProcess.apply(.setStatus(ids: ids, status: .done, note: nil), by: "bench")
      storeOnly = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    } catch {
      print("   ! \(error)")
      return
    }
    var opens: [Double] = []
    for _ in 0..<5 {
      let start = DispatchTime.now().uptimeNanoseconds
      _ = try? ProgressStore(path: store)
      opens.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    print(
      "   opening that store (10,000 measures and their log; header check, quick_check, migrations check): median \(ms(median(opens)))"
    )
    print(
      "   `plandash mark --from-file` (10,000 ids, 170 plan files): \(ms(whole)) end to end; of which loading the plans (from the cache, in this process) takes \(ms(load)), the store transaction alone \(ms(storeOnly))"
    )
  }

  func separateProcesses(count: Int) {
    print("\n3. \(count) separate `mark` processes against \(count) starts doing nothing")
    let one = generated(regions: 1)
    let store = work + "/processes.sqlite"
    let base = ["--plans", one.folder, "--store", store]
    let ids = one.measures
    let startMarks = DispatchTime.now().uptimeNanoseconds
    for index in 0..<count {
      timed(["mark", ids[index % ids.count], "--status", index % 2 == 0 ? "done" : "todo"] + base)
    }
    let marks = Double(DispatchTime.now().uptimeNanoseconds - startMarks) / 1e9
    let startNothing = DispatchTime.now().uptimeNanoseconds
    for _ in 0..<count { timed(["--help"]) }
    let nothing = Double(DispatchTime.now().uptimeNanoseconds - startNothing) / 1e9
    print(
      String(
        format:
          "   marks: %.2f s in all (%.1f ms each); `plandash --help`: %.2f s (%.1f ms each); the store and plan loading add %.1f ms a mark",
        marks, marks * 1000 / Double(count), nothing, nothing * 1000 / Double(count),
        (marks - nothing) * 1000 / Double(count)))
  }

  func fsyncsPerMark(count: Int) {
    print("\n4. fsyncs per acknowledged mark, counted by `strace -f -c` (goal: at most 2)")
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/strace") else {
      print("   strace is not installed (apt-get install strace); skipped")
      return
    }
    let one = generated(regions: 1)
    let store = work + "/fsync.sqlite"
    let base = ["--plans", one.folder, "--store", store]
    timed(["mark", one.measures[0]] + base)  // the store exists before counting
    var total = 0
    var most = 0
    var acknowledged = 0
    for index in 0..<count {
      let report = work + "/strace-\(index).txt"
      let arguments =
        [
          "-f", "-c", "-o", report, "-e", "trace=fsync,fdatasync,sync_file_range,msync,syncfs,sync",
          binary, "mark",
        ]
        + [
          one.measures[index % one.measures.count], "--status",
          index % 2 == 0 ? "in-progress" : "done",
        ] + base
      guard launch("/usr/bin/strace", arguments) == 0 else { continue }
      acknowledged += 1
      let calls = syncCalls(in: (try? String(contentsOfFile: report, encoding: .utf8)) ?? "")
      total += calls
      most = max(most, calls)
    }
    print(
      String(
        format:
          "   %d acknowledged marks: %.2f sync calls a mark on average, %d at most (fsync + fdatasync + …)",
        acknowledged, Double(total) / Double(max(acknowledged, 1)), most))
  }

  /// The total of the `calls` column of strace's summary for the sync system calls.
  func syncCalls(in report: String) -> Int {
    report.split(separator: "\n").reduce(0) { sum, line in
      let fields = line.split(separator: " ")
      guard let name = fields.last,
        ["fsync", "fdatasync", "sync_file_range", "msync", "syncfs", "sync"].contains(String(name)),
        fields.count >= 5, let calls = Int(fields[3])
      else { return sum }
      return sum + calls
    }
  }
}

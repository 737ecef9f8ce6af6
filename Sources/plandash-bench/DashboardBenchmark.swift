import Dashboard
import Foundation
import PlanFiles
import PlanModel
import PlandashCLI
import ProgressStore

/// `plandash-bench dashboard`: the dashboard's speed on the sample data and on 3,000
/// generated regions (about 180,000 measures) — start to first frame, a navigation key to
/// its drawn frame, a marking key including its durable write to a real store, one `/`
/// keystroke filtering every measure after `A`, and `o` sorting every measure by each column.
enum DashboardBenchmark {
  static func run(arguments: [String]) throws {
    let regions = BenchSupport.option("--regions", in: arguments).flatMap(Int.init) ?? 3000
    print("plandash-bench dashboard (goals from issue 5)")
    if let folder = PlansLocator.resolve(option: nil) {
      let result = PlanLoader.load(paths: [folder])
      try measure(
        label: "sample data (\(result.plans.count) regions)", plans: result.plans,
        firstFrameGoal: 0.050)
    }
    let generator = SyntheticPlans(seed: 2026)
    // The generator writes outlines shaped like the real plans'.
    let plans = (0..<regions).map { generator.plan($0) }
    try measure(label: "\(regions) generated regions", plans: plans, firstFrameGoal: 1.0)
  }

  private static func measure(label: String, plans: [Plan], firstFrameGoal: Double) throws {
    let measureCount = plans.reduce(0) { $0 + $1.measures.count }
    print("\n\(label), \(measureCount) measures")
    let work = NSTemporaryDirectory() + "plandash-bench-dashboard-\(getpid())"
    try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: work) }
    let store = try ProgressStore(path: work + "/progress.sqlite")
    let backend = StoreProgressBackend(store: store, user: "bench")
    var buffer = CellBuffer(width: 160, height: 48)

    // Start to first frame: the catalog, the engine (reading the store) and one drawn frame.
    var engine: DashboardEngine?
    let first = BenchSupport.time {
      let made = DashboardEngine(
        catalog: Catalog(plans: plans), backend: backend, options: DashboardOptions(language: .zh),
        themes: ThemeSet(themes: [Theme.builtIn]))
      made.handle(.resize(width: 160, height: 48))
      made.draw(into: &buffer)
      engine = made
    }
    guard let engine else { return }
    report("start to first frame (plans in memory)", [first], goal: firstFrameGoal)

    func frame(_ keys: String) -> Double {
      BenchSupport.time {
        for key in KeyScript.parse(keys) { engine.handle(.key(key)) }
        engine.draw(into: &buffer)
      }
    }
    // Navigation: down and up through lists, pane to pane, a region change now and then.
    var navigation: [Double] = []
    for round in 0..<40 {
      for keys in ["j", "j", "k", "Tab", "j", "5", "NPage", "PPage", "G", "g", "2", "BTab"] {
        navigation.append(frame(keys))
      }
      if round % 10 == 9 { navigation.append(frame("1 j")) }
    }
    report("navigation key to drawn frame", navigation, goal: 0.005, percentile: 0.99)

    // Marking: Space on a measure, written through the store before the frame is drawn.
    _ = frame("5 g")
    var marking: [Double] = []
    for _ in 0..<100 { marking.append(frame("Space")) }
    for _ in 0..<100 { marking.append(frame("j Space")) }
    report("marking key incl. durable write to drawn frame", marking, goal: 0.015, percentile: 0.99)

    // The dashboard's own share of a mark: the same keys with an in-memory backend.
    let memory = DashboardEngine(
      catalog: engine.data.catalog, backend: InMemoryProgressBackend(),
      options: DashboardOptions(language: .zh), themes: ThemeSet(themes: [Theme.builtIn]))
    memory.handle(.resize(width: 160, height: 48))
    for key in KeyScript.parse("5 g") { memory.handle(.key(key)) }
    var inMemory: [Double] = []
    for keys in Array(repeating: "Space", count: 100) + Array(repeating: "j Space", count: 100) {
      inMemory.append(
        BenchSupport.time {
          for key in KeyScript.parse(keys) { memory.handle(.key(key)) }
          memory.draw(into: &buffer)
        })
    }
    report("  the dashboard's share (in-memory backend)", inMemory, goal: 0.015, percentile: 0.99)

    try folding(engine, &buffer)
    filtering(engine, &buffer, measureCount: measureCount)
  }

  /// `/` keystrokes over every measure and over one region's, and `o` sorting every measure.
  private static func filtering(
    _ engine: DashboardEngine, _ buffer: inout CellBuffer, measureCount: Int
  ) {
    func frame(_ keys: String) -> Double {
      BenchSupport.time {
        for key in KeyScript.parse(keys) { engine.handle(.key(key)) }
        engine.draw(into: &buffer)
      }
    }

    /// Opens `/`, then times one keystroke at a time (each taken back), and closes it.
    func filterKeystrokes() -> (opening: Double, keys: [Double]) {
      let opening = frame("/")
      var keys: [Double] = []
      for word in ["区", "h", "经", "x", "产"] {
        keys.append(frame(word))
        _ = frame("BSpace")
      }
      _ = frame("Escape Escape")
      return (opening, keys)
    }

    // Filtering every measure: `A`, open `/` (builds the search index once), then one key.
    _ = frame("5 A")
    let (opening, filtering) = filterKeystrokes()
    print("   opening / (search index of every listed measure built once): \(ms(opening))")
    report(
      "one / keystroke over all \(measureCount) measures to drawn frame", filtering, goal: 0.030,
      percentile: 1.0)

    // One region's measures, where `/` also searches each measure's text.
    _ = frame("A")
    let (regionOpening, regionFiltering) = filterKeystrokes()
    print("   opening / on one region's measures (titles and texts): \(ms(regionOpening))")
    report(
      "one / keystroke over one region's measures and their texts", regionFiltering,
      goal: 0.030, percentile: 1.0)

    // `o` over every measure: each press computes one collation key per measure and sorts the
    // whole list (section by numeral value, title, lead unit and region by pinyin, status).
    _ = frame("A")
    for column in ["section", "title", "lead unit", "status", "region"] {
      print(
        "   o: all \(measureCount) measures sorted by \(column) to drawn frame: \(ms(frame("o")))")
    }
    _ = frame("o A")
  }

  /// Opening and closing headings of the Measures outline, each key to its drawn frame:
  /// Enter twice, Left and Right on the top heading, `z` twice (every heading), and a heading
  /// further down; a region change now and then, untimed.
  private static func folding(_ engine: DashboardEngine, _ buffer: inout CellBuffer) throws {
    let withOutline = engine.data.catalog.plans.filter { !$0.outline.isEmpty }.count
    print("   plans with an outline: \(withOutline) of \(engine.data.catalog.plans.count)")
    guard withOutline > 0 else { return }
    func frame(_ keys: String) -> Double {
      BenchSupport.time {
        for key in KeyScript.parse(keys) { engine.handle(.key(key)) }
        engine.draw(into: &buffer)
      }
    }
    var times: [Double] = []
    for round in 0..<50 {
      _ = frame(round % 10 == 9 ? "1 j 5 g" : "5 g")
      for keys in ["Enter", "Enter", "Left", "Right", "z", "z"] { times.append(frame(keys)) }
      _ = frame("NPage")
      for keys in ["Left", "Left", "Right", "Enter", "Enter"] { times.append(frame(keys)) }
    }
    report(
      "opening or closing a heading to drawn frame", times, goal: 0.005, percentile: 0.99)
  }

  private static func report(
    _ what: String, _ times: [Double], goal: Double, percentile: Double = 0.5
  ) {
    let sorted = times.sorted()
    let median = sorted[sorted.count / 2]
    let p = sorted[min(sorted.count - 1, Int(Double(sorted.count - 1) * percentile))]
    let name = percentile >= 1 ? "max" : percentile == 0.5 ? "median" : "p\(Int(percentile * 100))"
    let verdict = p <= goal ? "meets" : "MISSES"
    print(
      "   \(what): median \(ms(median)), \(name) \(ms(p)) over \(times.count) — \(verdict) the goal of \(ms(goal))"
    )
  }

  private static func ms(_ seconds: Double) -> String { String(format: "%.2f ms", seconds * 1000) }
}

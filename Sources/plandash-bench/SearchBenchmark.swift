import Dispatch
import PlanModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `plandash-bench search [--measures N] [--repeats N]`: see `runSearchBenchmark`.
/// To wire it up, add `"search": SearchBenchmark.run` to the table in main.swift.
enum SearchBenchmark {
  static func run(_ args: [String]) throws {
    runSearchBenchmark(
      measureCount: Int(BenchSupport.option("--measures", in: args) ?? "") ?? 180_000,
      repeats: Int(BenchSupport.option("--repeats", in: args) ?? "") ?? 7)
  }
}

/// Times `/` filtering: builds a `SearchKey` (into one `SearchIndex`) for each of `measureCount` generated measures (id,
/// section, title, region, lead and responsible units — what the Measures pane with `A` searches),
/// then filters all of them at each keystroke of several queries — pinyin, initials, ids, Chinese and
/// mixed — and prints, per keystroke, the best, median and worst of `repeats` runs on one core and
/// the median with the keys split over two cores, against the 30 ms goal.
/// Not wired into main.swift; see `SearchBenchmark.run`.
func runSearchBenchmark(measureCount: Int = 180_000, repeats: Int = 7) {
  let clock = ContinuousClock()
  let generator = SyntheticPlans(seed: 2026)
  let planCount =
    (measureCount + SyntheticPlans.measuresPerPlan - 1) / SyntheticPlans.measuresPerPlan

  var fields: [[String]] = []
  fields.reserveCapacity(measureCount)
  for index in 0..<planCount {
    let plan = generator.plan(index)
    for measure in plan.measures where fields.count < measureCount {
      fields.append(
        [measure.id, measure.section ?? "", measure.title, plan.region.name] + measure.leadUnits
          + measure.responsibleUnits)
    }
  }
  print("search: first record: \(fields.first ?? [])")
  let characters = fields.reduce(0) { $0 + $1.reduce(0) { $0 + $1.count } }
  print(
    "search: \(fields.count) measures, \(characters / max(fields.count, 1)) characters each on average"
  )

  var start = clock.now
  let tableSize = Pinyin.characterCount
  print("search: pinyin table parsed (\(tableSize) characters) in \(ms(clock.now - start))")

  start = clock.now
  var keys = SearchIndex()
  keys.reserveCapacity(fields.count, unitsPerKey: characters / max(fields.count, 1) + 8)
  for record in fields { keys.append(SearchKey(fields: record)) }
  print("search: \(keys.count) keys built into a SearchIndex in \(ms(clock.now - start))")

  let typed = [
    "hechuan", "zjtx", "xjr", "jjxxw", "zhuanjingtexin", "cq jjxxw", "gen00042", "合川", "经济信息委",
    "he川",
  ]
  print(
    "search: query           matches   1 core: best    median     worst  CPU median  2 cores: median"
  )
  var worstMedian: Duration = .zero
  var worstCPU: Duration = .zero
  var worstMedianTwo: Duration = .zero
  for query in typed {
    var end = query.startIndex
    while end < query.endIndex {
      end = query.index(after: end)
      let text = String(query[..<end])
      var one: [Duration] = []
      var cpu: [Duration] = []
      var two: [Duration] = []
      var count = 0
      for _ in 0..<repeats {
        var started = clock.now
        let cpuStarted = threadCPUTime()
        count = keys.matchingIndices(PreparedQuery(text)).count
        cpu.append(threadCPUTime() - cpuStarted)
        one.append(clock.now - started)
        started = clock.now
        let split = filterOnTwoCores(PreparedQuery(text), keys)
        two.append(clock.now - started)
        precondition(split == count, "two-core filter disagrees")
      }
      one.sort()
      cpu.sort()
      two.sort()
      worstMedian = max(worstMedian, one[one.count / 2])
      worstCPU = max(worstCPU, cpu[cpu.count / 2])
      worstMedianTwo = max(worstMedianTwo, two[two.count / 2])
      let width = text.unicodeScalars.reduce(0) { $0 + ($1.isASCII ? 1 : 2) }
      let padded = text + String(repeating: " ", count: max(0, 16 - width))
      print(
        "search: \(padded) \(pad(count, 7))  \(ms(one[0]))  \(ms(one[one.count / 2]))  \(ms(one[one.count - 1]))"
          + "  \(ms(cpu[cpu.count / 2]))  \(ms(two[two.count / 2]))")
    }
  }
  print(
    "search: slowest keystroke (median) over \(keys.count) keys: \(ms(worstMedian)) on one core "
      + "(\(ms(worstCPU)) of CPU time), \(ms(worstMedianTwo)) on two (goal 30 ms)")
}

/// Filters the two halves of `keys` at once and returns the number of matches.
private func filterOnTwoCores(_ query: PreparedQuery, _ keys: SearchIndex) -> Int {
  let half = keys.count / 2
  let ranges = [0..<half, half..<keys.count]
  let counts = Counts()
  DispatchQueue.concurrentPerform(iterations: 2) { part in
    counts.set(part, keys.matchingIndices(query, range: ranges[part]).count)
  }
  return counts.total
}

/// CPU time used by the calling thread — unlike the wall clock, not inflated when other
/// processes share the cores.
private func threadCPUTime() -> Duration {
  var now = timespec()
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
  return .seconds(now.tv_sec) + .nanoseconds(now.tv_nsec)
}

/// Two per-thread counters, each written by one thread only.
private final class Counts: @unchecked Sendable {
  private var values = [0, 0]
  func set(_ part: Int, _ value: Int) { values.withUnsafeMutableBufferPointer { $0[part] = value } }
  var total: Int { values[0] + values[1] }
}

private func ms(_ duration: Duration) -> String {
  let value =
    Double(duration.components.seconds) * 1_000 + Double(duration.components.attoseconds) / 1e15
  let hundredths = Int((value * 100).rounded())
  let text = "\(hundredths / 100)." + (hundredths % 100 < 10 ? "0" : "") + "\(hundredths % 100)"
  return String(repeating: " ", count: max(0, 7 - text.count)) + text + " ms"
}

private func pad(_ number: Int, _ width: Int) -> String {
  let text = String(number)
  return String(repeating: " ", count: max(0, width - text.count)) + text
}

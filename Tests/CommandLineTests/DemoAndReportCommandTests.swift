import Foundation
import PlandashTestSupport
import Testing

/// `plandash demo` and `plandash report`, run as a user runs them, on the shipped demo file.
@Suite(.enabled(if: PlandashBinary.available, Comment(rawValue: PlandashBinary.skipReason)))
struct DemoAndReportCommandTests {
  /// A fresh data folder and a would-be real store path, removed afterwards.
  func withFolder(_ body: (String) throws -> Void) throws {
    let folder = NSTemporaryDirectory() + "plandash-demo-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try body(folder)
  }

  @Test func demoPrintCountsTheInventedFigures() throws {
    try withFolder { folder in
      let realStore = folder + "/real.sqlite"
      let env = ["XDG_DATA_HOME": folder, "PLANDASH_STORE": realStore]
      let result = try PlandashBinary.run(["demo", "--print", "--as-of", "2025"], environment: env)
      #expect(result.status == 0, "\(result.err)")
      #expect(result.out.contains("INVENTED EXAMPLE FIGURES"))
      // hechuan as of 2025, from SampleData/demo/progress.json:
      // deterioration 2 (digital-economy-share 38 → 37; bulk-solid-waste 72 → 69 under 70),
      // not achieved 1 (single-champion still 0), limited 2 (rd-intensity, land-output),
      // acceleration 3 (industrial-revenue R 86.1%, enterprises-over-5bn, co2 vs comparator
      // gap −0.3 → −0.1), on track 4 (manufacturing share, high-tech enterprises, energy
      // intensity, little giants), achieved 1 (listed 3 of 3); 14 with no actual; 27 in all.
      // Plus the 10 clusters with a scale (亿元, target year 2027, base = first actual 2023):
      // auto-parts 310 → 400 (2025) of 500: observed (400/310)^(1/2) − 1 = 13.59%, required
      //   (500/310)^(1/4) − 1 = 12.69%, R = 107% → on track;
      // hotpot 180 → 200 of 300: 5.41% vs (300/180)^(1/4) − 1 = 13.62%, R = 39.7% → limited;
      // motorcycles 70 → 80 of 100: 6.90% vs (100/70)^(1/4) − 1 = 9.33%, R = 74% → accelerate;
      // daily-glass 52 (2024) ≥ 50 → achieved; the other 6 have no actual.
      // So: 2, 1, 2+1, 3+1, 4+1, 1+1, 14+6, 27+10.
      let row = result.out.split(separator: "\n").first { $0.hasPrefix("hechuan ") }
      let fields = row.map { $0.split(separator: " ").map(String.init) }
      #expect(fields == ["hechuan", "2", "1", "3", "4", "5", "2", "20", "37"])
      // the demo never creates or touches the real store
      #expect(!FileManager.default.fileExists(atPath: realStore))
      let path = try PlandashBinary.run(["demo", "--store-path"], environment: env)
      let demoStore = path.out.trimmingCharacters(in: .whitespacesAndNewlines)
      #expect(demoStore.hasPrefix(folder + "/plandash/demo-"))
      #expect(FileManager.default.fileExists(atPath: demoStore))
    }
  }

  @Test func demoIsRebuiltFromTheFileEachTime() throws {
    let demo = try DemoStore()
    let (env, demoStore) = (demo.environment, demo.path)
    // a change made in the demo store …
    let set = try PlandashBinary.run(
      [
        "actual", "set", "hechuan.target.industrial-revenue", "--year", "2025", "--value",
        "1700", "--store", demoStore,
      ], environment: env)
    #expect(set.status == 0, "\(set.err)")
    // … is gone on the next demo: 1240 again (acceleration needed, not achieved)
    _ = try PlandashBinary.run(["demo", "--store-path"], environment: env)
    let list = try PlandashBinary.run(
      ["actual", "list", "hechuan.target.industrial-revenue", "--store", demoStore],
      environment: env)
    #expect(list.out.contains("1240"))
    #expect(!list.out.contains("1700"))
  }

  @Test func reportOnTheDemoAsCSV() throws {
    let demo = try DemoStore()
    let (env, demoStore) = (demo.environment, demo.path)
    let result = try PlandashBinary.run(
      ["report", "--store", demoStore, "--region", "hechuan", "--format", "csv", "--lang", "en"],
      environment: env.merging(["PLANDASH_AS_OF": "2025"]) { $1 })
    #expect(result.status == 0, "\(result.err)")
    #expect(result.out.hasPrefix("\u{FEFF}section,"))
    // industrial-revenue: base 1020 (2023), latest 1240 (2025), target 1600 (2027)
    // observed (1240/1020)^(1/2) − 1 = 1.215686^(1/2) − 1 = 0.102582 → 10.3%/yr
    // required (1600/1020)^(1/4) − 1 = 1.568627^(1/4) − 1 = 0.119128 → 11.9%/yr
    // R = 0.102582 / 0.119128 = 0.86110 → 86.1%, acceleration needed
    let line = result.out.components(separatedBy: "\r\n").first {
      $0.contains(",hechuan.target.industrial-revenue,")
    }
    let fields = try #require(line).components(separatedBy: ",")
    #expect(fields[0] == "target")
    #expect(fields.contains("acceleration needed"))
    #expect(fields.contains("1020") && fields.contains("2023"))
    #expect(fields.contains("1240") && fields.contains("2025"))
    #expect(fields.contains("10.3") && fields.contains("11.9") && fields.contains("86.1"))
  }

  @Test func aUnitNoPlanNamesIsRefusedWithTheClosest() throws {
    try withFolder { folder in
      let result = try PlandashBinary.run(
        ["report", "--unit", "区经信委", "--store", folder + "/none.sqlite", "--lang", "en"],
        environment: ["XDG_DATA_HOME": folder])
      #expect(result.status != 0)
      #expect(result.out.isEmpty, "no report for a unit that does not exist")
      #expect(result.err.contains("--unit 区经信委: no 牵头/责任单位 contains it (closest: "))
      #expect(result.err.contains("区经济信息委"), "\(result.err)")
      // A part of a real name is enough.
      let part = try PlandashBinary.run(
        ["report", "--unit", "经济信息", "--store", folder + "/none.sqlite"],
        environment: ["XDG_DATA_HOME": folder])
      #expect(part.status == 0, "\(part.err)")
    }
  }

  @Test func demoRenderShowsTheTargetsViewWorstFirst() throws {
    try withFolder { folder in
      let result = try PlandashBinary.run(
        ["demo", "render", "--width", "120", "--height", "40", "--as-of", "2025", "--keys", "T"],
        environment: ["XDG_DATA_HOME": folder, "LANG": "en_US.UTF-8", "LC_ALL": ""])
      #expect(result.status == 0, "\(result.err)")
      let lines = result.out.components(separatedBy: "\n")
      #expect(lines[1].contains("合川区") && lines[1].contains("Targets"))
      // item rows (the counts line joins its parts with "·"): the first is a deterioration
      // (digital-economy share 38 → 37 of 50), before any achieved one
      let items = lines.filter { !$0.contains("·") }
      let first = try #require(items.first { $0.contains("! deterioration") })
      #expect(first.contains("数字经济增加值占地区生产总值比重"))
      let achieved = try #require(items.firstIndex { $0.contains("* target achieved") })
      let worst = try #require(items.firstIndex { $0.contains("! deterioration") })
      #expect(worst < achieved)
    }
  }

  @Test func comparatorSeriesIsRecordedByItsId() throws {
    try withFolder { folder in
      let store = folder + "/s.sqlite"
      let set = try PlandashBinary.run([
        "actual", "set", "hechuan.indicator.co2-reduction.comparator", "--year", "2024",
        "--value", "3.1", "--store", store,
      ])
      #expect(set.status == 0, "\(set.err)")
      let orphans = try PlandashBinary.run(["status", "--orphans", "--store", store])
      #expect(orphans.out.contains("no orphaned progress"))
    }
  }

  @Test func reportRefusesABadYearAndAnUnknownRegion() throws {
    let year = try PlandashBinary.run(["report", "--as-of", "20x5", "--store", "/nonexistent/s"])
    #expect(year.status != 0)
    #expect(year.err.contains("--as-of 20x5: not a year"))
    let region = try PlandashBinary.run([
      "report", "--region", "hechaun", "--store", "/nonexistent/s", "--lang", "en",
    ])
    #expect(region.status != 0)
    #expect(region.err.contains("--region hechaun: no such region (closest: 合川区 hechuan"))
  }
}

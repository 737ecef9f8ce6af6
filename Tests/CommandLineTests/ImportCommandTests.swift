import Foundation
import PlandashTestSupport
import Testing

/// `plandash import` through the real binary: a draft written per document that
/// `plandash validate` accepts, never over an existing file, nothing written on bad input.
@Suite(.enabled(if: PlandashBinary.available, Comment(rawValue: PlandashBinary.skipReason)))
struct ImportCommandTests {
  static let plan = """
    丙县人民政府
    丙县工业强县行动方案(2024—2027年)
    一、主要目标
    到2027年,全县规上工业营业收入突破300亿元,规上工业企业达到150家以上。
    二、重点任务
    (一)壮大产业。发展装备制造。(牵头单位:县经信局;责任单位:县发改局)

    """

  func withFolder(_ body: (String) throws -> Void) throws {
    let folder = NSTemporaryDirectory() + "plandash-import-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try body(folder)
  }

  @Test func writesADraftThatValidates() throws {
    try withFolder { folder in
      let input = folder + "/plan.txt"
      try Self.plan.write(toFile: input, atomically: true, encoding: .utf8)
      let out = folder + "/plans"
      try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
      let run = try PlandashBinary.run(["import", input, "--out", out, "--lang", "en"])
      #expect(run.status == 0, "\(run.err)")
      #expect(run.out.contains("wrote \(out)/bingxian.yaml"))
      #expect(run.err.isEmpty)
      let draft = try String(contentsOfFile: out + "/bingxian.yaml", encoding: .utf8)
      #expect(draft.contains("name: 丙县"))
      #expect(draft.contains("县经信局"))
      let check = try PlandashBinary.run(["validate", out])
      #expect(check.status == 0, "\(check.out)\(check.err)")
    }
  }

  @Test func refusesToOverwriteUnlessForced() throws {
    try withFolder { folder in
      let input = folder + "/plan.txt"
      try Self.plan.write(toFile: input, atomically: true, encoding: .utf8)
      try "keep".write(toFile: folder + "/bingxian.yaml", atomically: true, encoding: .utf8)
      let refused = try PlandashBinary.run(["import", input, "--out", folder, "--lang", "en"])
      #expect(refused.status != 0)
      #expect(refused.err.split(separator: "\n").count == 1)
      #expect(refused.err.contains("bingxian.yaml: the file exists"))
      #expect(try String(contentsOfFile: folder + "/bingxian.yaml", encoding: .utf8) == "keep")
      let forced = try PlandashBinary.run(["import", input, "--out", folder, "--force"])
      #expect(forced.status == 0, "\(forced.err)")
      #expect(try String(contentsOfFile: folder + "/bingxian.yaml", encoding: .utf8) != "keep")
    }
  }

  @Test func twoDocumentsOfOneRegionGetFilesAndIdsOfTheirOwn() throws {
    try withFolder { folder in
      let first = folder + "/a.txt"
      let second = folder + "/b.txt"
      try Self.plan.write(toFile: first, atomically: true, encoding: .utf8)
      try Self.plan.write(toFile: second, atomically: true, encoding: .utf8)
      let out = folder + "/plans"
      try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
      let run = try PlandashBinary.run(["import", first, second, "--out", out, "--lang", "en"])
      #expect(run.status == 0, "\(run.err)")
      #expect(run.out.contains("wrote \(out)/bingxian.yaml"))
      #expect(run.out.contains("wrote \(out)/bingxian2.yaml"))
      let later = try String(contentsOfFile: out + "/bingxian2.yaml", encoding: .utf8)
      #expect(later.contains("id: bingxian2"))
      #expect(later.contains("b.txt"))
      let check = try PlandashBinary.run(["validate", out])
      #expect(check.status == 0, "\(check.out)\(check.err)")
      // Run again: both exist; nothing is overwritten without --force.
      let again = try PlandashBinary.run(["import", first, second, "--out", out, "--lang", "en"])
      #expect(again.status != 0)
      #expect(again.err.split(separator: "\n").count == 1)
      #expect(try String(contentsOfFile: out + "/bingxian2.yaml", encoding: .utf8) == later)
    }
  }

  @Test func goesIntoThePlansFolderByDefault() throws {
    try withFolder { folder in
      let input = folder + "/plan.txt"
      try Self.plan.write(toFile: input, atomically: true, encoding: .utf8)
      let plans = folder + "/p"
      try FileManager.default.createDirectory(atPath: plans, withIntermediateDirectories: true)
      var environment = ProcessInfo.processInfo.environment
      environment["PLANDASH_PLANS"] = plans
      let run = try PlandashBinary.run(
        ["import", input, "--region-id", "bing"], environment: environment)
      #expect(run.status == 0, "\(run.err)")
      #expect(FileManager.default.fileExists(atPath: plans + "/bing.yaml"))
    }
  }

  @Test func badInputWritesNothing() throws {
    try withFolder { folder in
      let good = folder + "/plan.txt"
      try Self.plan.write(toFile: good, atomically: true, encoding: .utf8)
      let empty = folder + "/empty.txt"
      try "".write(toFile: empty, atomically: true, encoding: .utf8)
      let run = try PlandashBinary.run(["import", good, empty, "--out", folder, "--lang", "en"])
      #expect(run.status != 0)
      #expect(run.err.split(separator: "\n").count == 1)
      #expect(run.err.contains("empty.txt"))
      let written = try FileManager.default.contentsOfDirectory(atPath: folder).filter {
        $0.hasSuffix(".yaml")
      }
      #expect(written.isEmpty)
      let bad = try PlandashBinary.run(["import", good, "--region-id", "Bad-Id", "--out", folder])
      #expect(bad.status != 0)
    }
  }
}

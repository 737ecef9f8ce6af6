import Foundation
import PlandashTestSupport
import Testing

/// validate, export, list and generate, run as a user runs them.
@Suite(.enabled(if: PlandashBinary.available, Comment(rawValue: PlandashBinary.skipReason)))
struct PlanCommandsTests {
  @Test func validateAcceptsTheSampleData() throws {
    let result = try PlandashBinary.run(["validate", PlandashBinary.sampleData])
    #expect(result.status == 0)
    #expect(result.out.contains("ok: 5 plan files, no problems"))
  }

  /// Issue 3: a damaged copy of any sample file is refused with its file name and line.
  @Test(arguments: ["bazhong", "tongcheng", "hechuan", "nanchong", "chengdu"])
  func aDamagedCopyIsRefusedWithFileAndLine(region: String) throws {
    let folder = NSTemporaryDirectory() + "plandash-damaged-\(region)-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let original = try String(
      contentsOfFile: PlandashBinary.sampleData + "/\(region).yaml", encoding: .utf8)
    var lines = original.components(separatedBy: "\n")
    // Damage the first `unit:` line: an unknown unit.
    let index = try #require(
      lines.firstIndex { $0.trimmingCharacters(in: .whitespaces).hasPrefix("unit:") })
    let indent = lines[index].prefix { $0 == " " }
    lines[index] = indent + "unit: 斤"
    let copy = folder + "/\(region).yaml"
    try lines.joined(separator: "\n").write(toFile: copy, atomically: true, encoding: .utf8)
    let result = try PlandashBinary.run(["validate", copy])
    #expect(result.status == 1)
    #expect(result.out.contains("\(copy):\(index + 1): unknown unit '斤'"), "\(result.out)")
  }

  @Test func anOutFolderThatCannotBeOneIsSaidInOneLine() throws {
    let folder = TemporaryFolder()
    let file = folder.path("afile")
    #expect(FileManager.default.createFile(atPath: file, contents: Data("x".utf8)))
    for arguments in [
      ["export", "--format", "yaml", "--out", file], ["generate", "--regions", "1", "--out", file],
    ] {
      let result = try PlandashBinary.run(arguments)
      #expect(result.status != 0)
      #expect(result.err == "plandash: --out \(file): not a folder\n", "\(arguments)")
    }
    // Missing parents are made.
    let nested = folder.path("a/b/plans")
    let made = try PlandashBinary.run(["export", "--format", "yaml", "--out", nested])
    #expect(made.status == 0, "\(made.err)")
    #expect(FileManager.default.fileExists(atPath: nested + "/hechuan.yaml"))
  }

  @Test func validateNamesAMissingPath() throws {
    let result = try PlandashBinary.run(["validate", "/nonexistent/plans"])
    #expect(result.status == 1)
    #expect(result.out == "/nonexistent/plans: no such file or folder\n")
    #expect(result.err == "nothing checked: 1 path(s) not found\n")
  }

  /// Two copies of one plan: each clash names where the id was first defined, as file:line.
  @Test func validateNamesTheFirstDefinitionOfADuplicate() throws {
    let folder = TemporaryFolder()
    try FileManager.default.createDirectory(
      atPath: folder.path("dup"), withIntermediateDirectories: true)
    let text = try String(
      contentsOfFile: PlandashBinary.sampleData + "/hechuan.yaml", encoding: .utf8)
    folder.write("dup/a.yaml", text)
    folder.write("dup/b.yaml", text)
    let lines = text.components(separatedBy: "\n")
    let region = try #require(lines.firstIndex(of: "  id: hechuan")) + 1
    let target = try #require(lines.firstIndex(of: "  - id: hechuan.target.industrial-revenue")) + 1
    let result = try PlandashBinary.run(
      ["validate", "dup"], environment: ["XDG_CACHE_HOME": folder.path("cache")],
      directory: folder.path)
    #expect(result.status == 1)
    let out = result.out.components(separatedBy: "\n")
    #expect(
      Array(out.prefix(2)) == [
        "dup/b.yaml:\(region): duplicate region id 'hechuan' (first defined at dup/a.yaml:\(region))",
        "dup/b.yaml:\(target): duplicate id 'hechuan.target.industrial-revenue' "
          + "(first defined at dup/a.yaml:\(target))",
      ])
    // Every problem is in the second file.
    #expect(result.err == "\(out.count - 1) problem(s) in 1 of 2 file(s)\n")
  }

  @Test func validateCountsAMissingPathApartFromTheFiles() throws {
    let folder = TemporaryFolder()
    folder.write("bad.yaml", "format: 1\nregionx: {}\n")
    let result = try PlandashBinary.run(
      ["validate", "bad.yaml", "nonexist.yaml"],
      environment: ["XDG_CACHE_HOME": folder.path("cache")], directory: folder.path)
    #expect(result.status == 1)
    #expect(result.out.contains("\nnonexist.yaml: no such file or folder\n"), "\(result.out)")
    #expect(!result.out.contains(":0:"))
    let inFile = result.out.components(separatedBy: "\n").count { $0.hasPrefix("bad.yaml:") }
    #expect(inFile > 0)
    #expect(result.err == "\(inFile) problem(s) in 1 file(s), 1 path(s) not found\n")
  }

  @Test func exportJSONHoldsEveryRegionWithNumbers() throws {
    let result = try PlandashBinary.run(["export", "--format", "json"])
    #expect(result.status == 0, "\(result.err)")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
    let plans = try #require(object["plans"] as? [[String: Any]])
    let names = plans.compactMap { ($0["region"] as? [String: Any])?["name"] as? String }
    #expect(Set(names) == ["巴中市", "通城县", "合川区", "南充市", "成都市"])
    #expect(result.out.contains("\"value\" : 500"))
  }

  @Test func exportYAMLWritesFilesThatValidate() throws {
    let folder = NSTemporaryDirectory() + "plandash-export-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let export = try PlandashBinary.run(["export", "--format", "yaml", "--out", folder])
    #expect(export.status == 0, "\(export.err)")
    let check = try PlandashBinary.run(["validate", folder])
    #expect(check.status == 0, "\(check.out)")
    // A second export into the same folder refuses to overwrite.
    let again = try PlandashBinary.run(["export", "--format", "yaml", "--out", folder])
    #expect(again.status != 0)
    #expect(again.err.contains("already exists; not overwritten"))
  }

  @Test func listFindsSampleDataFromAnyDirectoryAndAlignsChinese() throws {
    let result = try PlandashBinary.run(["list", "regions"], directory: "/")
    #expect(result.status == 0, "\(result.err)")
    let lines = result.out.split(separator: "\n").map(String.init)
    #expect(lines.count == 6)
    // The "level" column starts at the same display column on every row.
    let starts = lines.dropFirst().map { line -> Int in
      let prefix = line.prefix { $0 != "市" && $0 != "区" && $0 != "县" }
      return prefix.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x2E80 ? 2 : 1) }
    }
    #expect(Set(starts).count == 1, "\(result.out)")
  }

  @Test func listOneRegionAndRefuseAnUnknownOne() throws {
    let clusters = try PlandashBinary.run(["list", "clusters", "--region", "hechuan"])
    #expect(clusters.out.contains("智能网联新能源汽车零部件"))
    #expect(clusters.out.contains("力争 500 (2027)"))
    #expect(!clusters.out.contains("bazhong."))
    let unknown = try PlandashBinary.run(["list", "clusters", "--region", "hefei"])
    #expect(unknown.status == 1)
    #expect(unknown.err.contains("--region hefei: no such region"))
  }

  @Test func plansFromTheEnvironmentAndTheOption() throws {
    let folder = NSTemporaryDirectory() + "plandash-gen-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let generate = try PlandashBinary.run([
      "generate", "--regions", "3", "--seed", "4", "--out", folder,
    ])
    #expect(generate.status == 0, "\(generate.err)")
    let viaEnv = try PlandashBinary.run(
      ["list", "regions"], environment: ["PLANDASH_PLANS": folder])
    #expect(viaEnv.out.contains("gen00003"))
    let viaOption = try PlandashBinary.run(["list", "regions", "--plans", folder])
    #expect(viaOption.out == viaEnv.out)
    let missing = try PlandashBinary.run(["list", "regions", "--plans", folder + "-nope"])
    #expect(missing.status != 0)
    #expect(missing.err.contains("no such file or folder"))
  }
}

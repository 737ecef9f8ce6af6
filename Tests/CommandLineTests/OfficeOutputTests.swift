import Foundation
import PlandashTestSupport
import Testing

/// `--out` of `report --format docx|xlsx`: each refusal one line in the user's language with
/// exit status 1, nothing left behind, and a file written whole or not at all.
@Suite(.enabled(if: PlandashBinary.available, Comment(rawValue: PlandashBinary.skipReason)))
struct OfficeOutputTests {
  let demo: DemoStore

  init() throws { demo = try DemoStore() }

  func report(_ arguments: [String], lang: String = "zh") throws -> PlandashBinary.Result {
    try PlandashBinary.run(
      ["report", "--store", demo.path, "--as-of", "2025", "--region", "hechuan", "--lang", lang]
        + arguments, environment: demo.environment)
  }

  func expectRefused(_ result: PlandashBinary.Result, _ text: String) {
    #expect(result.status == 1, "\(result.err)")
    #expect(result.out.isEmpty)
    let lines = result.err.split(separator: "\n")
    #expect(lines.count == 1 && result.err.contains(text), "\(result.err)")
  }

  /// The folder's entries: no temporary file is ever left behind.
  func entries(_ folder: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
  }

  @Test(arguments: ["docx", "xlsx"]) func withoutOutInEitherLanguage(format: String) throws {
    expectRefused(try report(["--format", format]), "--format \(format) 需要用 --out 指定文件")
    expectRefused(
      try report(["--format", format], lang: "en"), "--format \(format) needs --out FILE")
    expectRefused(
      try report(["--format", "csv", "--out", "x.csv"]), "--out 只用于 --format docx 或 xlsx")
  }

  @Test(arguments: ["docx", "xlsx"]) func aMissingFolder(format: String) throws {
    let path = demo.folder.path("nowhere/report.\(format)")
    expectRefused(
      try report(["--format", format, "--out", path]), "文件夹 \(demo.folder.path("nowhere")) 不存在")
    expectRefused(
      try report(["--format", format, "--out", path], lang: "en"),
      "folder \(demo.folder.path("nowhere")) does not exist")
    #expect(!FileManager.default.fileExists(atPath: demo.folder.path("nowhere")))
  }

  @Test(arguments: ["docx", "xlsx"]) func anUnwritableFolder(format: String) throws {
    // root writes anywhere a mode allows nothing; sysfs takes no new file from anyone.
    let folder: String
    if geteuid() == 0 {
      folder = "/sys"
    } else {
      folder = demo.folder.path("locked")
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      chmod(folder, 0o555)
    }
    let path = folder + "/report.\(format)"
    expectRefused(
      try report(["--format", format, "--out", path]), "--out \(path)：文件夹 \(folder) 不可写")
    expectRefused(try report(["--format", format, "--out", path], lang: "en"), "is not writable")
    #expect(!FileManager.default.fileExists(atPath: path))
    if folder != "/sys" { #expect(entries(folder).isEmpty) }
  }

  @Test(arguments: ["docx", "xlsx"]) func anExistingFileIsKeptWithoutForce(format: String) throws {
    let path = demo.folder.write("report.\(format)", "keep me")
    let before = entries(demo.folder.path)
    expectRefused(try report(["--format", format, "--out", path]), "文件已存在，未覆盖（加 --force 可覆盖）")
    expectRefused(
      try report(["--format", format, "--out", path], lang: "en"), "already exists; not overwritten"
    )
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "keep me")
    #expect(entries(demo.folder.path) == before)
    let forced = try report(["--format", format, "--out", path, "--force"])
    #expect(forced.status == 0, "\(forced.err)")
    #expect(forced.err == "已写入 \(path)\n")
    #expect(try OfficeArchive(path).parts.count > 3)
    #expect(entries(demo.folder.path) == before)
  }

  @Test(arguments: ["docx", "xlsx"]) func aFolderGivenAsTheFile(format: String) throws {
    let path = demo.folder.path("folder.\(format)")
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    expectRefused(try report(["--format", format, "--out", path]), "这是文件夹，请给出文件名")
  }

  @Test(arguments: ["docx", "xlsx"]) func writtenIntoTheFolderWithNothingElseLeft(format: String)
    throws
  {
    let out = demo.folder.path("out")
    try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
    let result = try report(["--format", format, "--out", out + "/合川区.\(format)"])
    #expect(result.status == 0 && result.out.isEmpty, "\(result.err)")
    #expect(entries(out) == ["合川区.\(format)"])
  }
}

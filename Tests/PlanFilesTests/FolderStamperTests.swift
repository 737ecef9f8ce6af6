import Foundation
import PlandashTestSupport
import Testing

@testable import PlanFiles

@Suite struct FolderStamperTests {
  @Test func givesWhatAStatByPathGives() throws {
    let folder = TemporaryFolder()
    try Data("a: 1\n".utf8).write(to: URL(fileURLWithPath: folder.path("a.yaml")))
    try FileManager.default.createDirectory(
      atPath: folder.path("sub"), withIntermediateDirectories: true)
    try Data("b: 2\n".utf8).write(to: URL(fileURLWithPath: folder.path("sub/b.yaml")))
    try FileManager.default.createSymbolicLink(
      atPath: folder.path("link.yaml"), withDestinationPath: folder.path("sub/b.yaml"))
    let stamper = FolderStamper()
    for path in ["a.yaml", "sub/b.yaml", "link.yaml"].map(folder.path) {
      #expect(stamper.stamp(of: path) != nil)
      #expect(stamper.stamp(of: path) == FileStamp.of(path: path), "\(path)")
    }
    #expect(stamper.stamp(of: folder.path("missing.yaml")) == nil)
    #expect(stamper.stamp(of: folder.path("nowhere/a.yaml")) == nil)
  }

  @Test func seesAChangeMadeAfterItsFolderWasOpened() throws {
    let folder = TemporaryFolder()
    let path = folder.path("a.yaml")
    try Data("a: 1\n".utf8).write(to: URL(fileURLWithPath: path))
    let stamper = FolderStamper()
    let before = try #require(stamper.stamp(of: path))
    try Data("a: 12\n".utf8).write(to: URL(fileURLWithPath: path))
    #expect(stamper.stamp(of: path)?.size == before.size + 1)
  }

  /// Files taken from folders in turn (the last folder's descriptor is reused only for the
  /// same folder, byte for byte), folders whose names are prefixes of each other, a name
  /// with spaces and Chinese, and paths with no folder part: each as a stat by path.
  @Test func alternatingFoldersAndOddPathsGiveWhatAStatByPathGives() throws {
    let folder = TemporaryFolder()
    for sub in ["p", "pp", "p/q"] {
      try FileManager.default.createDirectory(
        atPath: folder.path(sub), withIntermediateDirectories: true)
    }
    let names = ["p/a.yaml", "pp/a.yaml", "p/q/a.yaml", "p/规划 二.yaml"]
    for (number, name) in names.enumerated() {
      try Data(String(repeating: "x", count: number + 1).utf8).write(
        to: URL(fileURLWithPath: folder.path(name)))
    }
    let stamper = FolderStamper()
    let order = names + names.reversed() + ["p/a.yaml", "p/a.yaml", "pp/a.yaml"]
    for path in order.map(folder.path) {
      #expect(stamper.stamp(of: path) == FileStamp.of(path: path), "\(path)")
      #expect(stamper.stamp(of: path) != nil)
    }
    #expect(stamper.stamp(of: folder.path("p/")) == FileStamp.of(path: folder.path("p/")))
    #expect(stamper.stamp(of: "/") == FileStamp.of(path: "/"))
    #expect(stamper.stamp(of: "/nowhere-at-all") == nil)
  }
}

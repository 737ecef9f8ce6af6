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
}

import Foundation
import PlandashTestSupport
import Testing

/// `plandash export --format json`: every measure has a status; one never marked is `todo`
/// with no note, time or user.
@Suite(.enabled(if: PlandashBinary.available, Comment(rawValue: PlandashBinary.skipReason)))
struct ExportStatusTests {
  func measures(_ json: String) throws -> [[String: Any]] {
    let root = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let plans = try #require(root["plans"] as? [[String: Any]])
    return plans.flatMap { ($0["measures"] as? [[String: Any]]) ?? [] }
  }

  @Test func neverMarkedMeasuresAreTodoWithoutTimestamps() throws {
    let folder = NSTemporaryDirectory() + "plandash-export-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let env = ["XDG_DATA_HOME": folder, "PLANDASH_STORE": folder + "/progress.sqlite"]
    // without any store
    let bare = try measures(try PlandashBinary.run(["export"], environment: env).out)
    #expect(!bare.isEmpty)
    #expect(bare.allSatisfy { $0["status"] as? String == "todo" })
    #expect(bare.allSatisfy { $0["status_updated_at"] == nil && $0["status_updated_by"] == nil })
    // with one measure marked
    let marked = "hechuan.measure.auto-parts"
    let mark = try PlandashBinary.run(["mark", marked, "--as", "经信局"], environment: env)
    #expect(mark.status == 0, "\(mark.err)")
    let all = try measures(try PlandashBinary.run(["export"], environment: env).out)
    #expect(all.count == bare.count)
    for m in all {
      if m["id"] as? String == marked {
        #expect(m["status"] as? String == "done")
        #expect(m["status_updated_by"] as? String == "经信局")
        #expect(m["status_updated_at"] != nil)
      } else {
        #expect(m["status"] as? String == "todo", "\(m["id"] ?? "")")
        #expect(m["status_updated_at"] == nil && m["status_note"] == nil)
      }
    }
  }
}

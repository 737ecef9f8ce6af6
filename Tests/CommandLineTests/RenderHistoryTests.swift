import Foundation
import PlandashTestSupport
import Testing

/// `plandash render` shows the history the store has for a measure (read only), and the
/// keys it replays still never write to the store.
@Suite(.enabled(if: PlandashBinary.available, Comment(rawValue: PlandashBinary.skipReason)))
struct RenderHistoryTests {
  let measure = "bazhong.measure.leading-industries"

  func withStore(_ body: (String, [String: String]) throws -> Void) throws {
    let folder = NSTemporaryDirectory() + "plandash-render-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let store = folder + "/progress.sqlite"
    try body(store, ["XDG_DATA_HOME": folder, "XDG_CONFIG_HOME": folder, "PLANDASH_STORE": store])
  }

  /// The store's file and its write-ahead log, byte for byte. (The `-shm` file is SQLite's
  /// shared-memory index, which every reader of a WAL database updates; it holds no data.)
  func contents(_ store: String) -> [Data?] {
    ["", "-wal"].map { FileManager.default.contents(atPath: store + $0) }
  }

  @Test func measurePageShowsTheStoresHistory() throws {
    try withStore { store, env in
      let mark = try PlandashBinary.run(
        ["mark", measure, "--status", "blocked", "--note", "等待土地指标", "--as", "经信局"],
        environment: env)
      #expect(mark.status == 0, "\(mark.err)")
      let render = try PlandashBinary.run(
        ["render", "--width", "100", "--height", "60", "--lang", "en", "--keys", "5 Enter"],
        environment: env)
      #expect(render.status == 0, "\(render.err)")
      let lines = render.out.split(separator: "\n").map(String.init)
      let history = try #require(lines.firstIndex { $0.contains("History") })
      let after = lines[(history + 1)...]
      #expect(!after.contains { $0.contains("(no changes yet)") }, "\(render.out)")
      #expect(after.contains { $0.contains("blocked") && $0.contains("经信局") }, "\(render.out)")
    }
  }

  @Test func keysThatMarkChangeNothingStoredAndShowAboveTheStoresHistory() throws {
    try withStore { store, env in
      let mark = try PlandashBinary.run(["mark", measure, "--as", "经信局"], environment: env)
      #expect(mark.status == 0, "\(mark.err)")
      let before = contents(store)
      let render = try PlandashBinary.run(
        ["render", "--width", "100", "--height", "60", "--lang", "en", "--keys", "5 Enter s"],
        environment: env)
      #expect(render.status == 0, "\(render.err)")
      #expect(contents(store) == before, "render wrote to the store")
      let lines = render.out.split(separator: "\n").map(String.init)
      let history = try #require(lines.firstIndex { $0.contains("History") })
      let entries = lines[(history + 1)...].filter { $0.contains("→") }
      #expect(entries.count == 2, "\(render.out)")
      // newest first: the key's change in memory, then the store's mark
      #expect(entries.first?.contains("blocked") == true, "\(render.out)")
      #expect(entries.last?.contains("经信局") == true, "\(render.out)")
    }
  }
}

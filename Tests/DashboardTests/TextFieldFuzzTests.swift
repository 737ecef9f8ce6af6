import PlanModel
import Testing

@testable import Dashboard

/// Issue 9: no key changes what the user did not choose. On every view, seeded random
/// sequences that only open a text field (`/`, `:`, `n`, `a`), type into it (letters that are
/// commands elsewhere, Chinese, Backspace, arrows, Tab) and close it again never reach the
/// store, and every key while the field is open stays in the field. Over 100,000 keys in all.
@Suite struct TextFieldFuzzTests {
  /// The views, each reached from the panes by these keys.
  static let views: [(name: String, keys: String)] = [
    ("regions", "1"), ("clusters", "2"), ("ladders", "3"), ("land & energy", "4"),
    ("measures", "5"), ("measures, all regions", "5 A"), ("region page", "1 Enter"),
    ("cluster page", "2 Enter"), ("tier page", "3 Enter"), ("indicator page", "4 Enter"),
    ("measure page", "5 Enter"), ("targets view", "T"), ("target page", "T Enter"),
    ("units view", "U"), ("comparison", "T C"), ("help", "?"),
  ]

  static let keysPerView = 6_500

  /// Keys that are commands while browsing: typed into a field, they must stay text.
  static let letters = Array("jkxsvnauUTCAgGoLqt?/:12345hl ")
  static let chinese = ["合川", "区经济信息委", "专精特新", "规上工业", "“小巨人”", "２０２５", "亩均"]
  static let editingKeys: [Key] = [
    .backspace, .delete, .left, .right, .home, .end, .up, .down, .tab, .backTab, .space,
    .ctrl("a"), .ctrl("e"), .ctrl("d"),
  ]

  @Test(arguments: Array(views.indices))
  func textFieldsNeverReachTheStore(view: Int) throws {
    let (name, keys) = Self.views[view]
    var random = SplitMix64(seed: 9_000 + UInt64(view))
    let recorder = try RecordingBackend.withUndoableChange()
    let before = try recorder.snapshot()
    let engine = DashboardEngine(
      catalog: SampleDataTests.catalog, backend: recorder,
      options: DashboardOptions(language: view % 2 == 0 ? .zh : .en),
      themes: Fixtures.themes)
    engine.handle(.resize(width: view % 3 == 0 ? 80 : 160, height: view % 3 == 0 ? 24 : 48))
    var typed = 0
    var sequences = 0
    while typed < Self.keysPerView {
      Self.reach(keys, engine, &random)
      typed += try Self.typeIntoAField(engine, &random, view: name)
      sequences += 1
      if sequences % 40 == 0 { BufferChecks.expectWellFormed(Fixtures.buffer(engine)) }
      #expect(recorder.applied.isEmpty, "\(name): \(recorder.applied)")
      if !recorder.applied.isEmpty { return }
    }
    #expect(try recorder.snapshot() == before)
    #expect(!engine.state.quitRequested)
  }

  /// Every view together has at least 100,000 keys typed into fields.
  @Test func theFuzzTypesOverAHundredThousandKeys() {
    #expect(Self.views.count * Self.keysPerView >= 100_000)
  }

  /// Back to the panes (Escape leaves pages, help and filters), then to the view, then a few
  /// moves within it — none of which can change the store.
  static func reach(_ keys: String, _ engine: DashboardEngine, _ random: inout SplitMix64) {
    for key in KeyScript.parse("Escape Escape Escape Escape " + keys) { engine.handle(.key(key)) }
    let moves: [Key] = [.down, .up, .text("j"), .pageDown, .text("G"), .text("g")]
    for _ in 0..<Int.random(in: 0...3, using: &random) {
      engine.handle(.key(moves.randomElement(using: &random)!))
    }
  }

  /// Opens a field, types into it, closes it; returns the number of keys typed. `/` and `:`
  /// must open everywhere; `n` and `a` open only on a measure or a figure, and nothing is
  /// typed where they did not.
  static func typeIntoAField(
    _ engine: DashboardEngine, _ random: inout SplitMix64, view: String
  ) throws -> Int {
    let opener = ["/", ":", "n", "a"].randomElement(using: &random)!
    engine.handle(.key(.text(opener)))
    guard engine.state.mode.isTyping else {
      #expect(opener == "n" || opener == "a", "\(opener) opened no field on the \(view)")
      return 1
    }
    let count = Int.random(in: 1...14, using: &random)
    for _ in 0..<count {
      engine.handle(.key(randomKey(&random)))
      #expect(engine.state.mode.isTyping, "a key left the \(opener) field on the \(view)")
    }
    // Enter keeps a filter; Escape closes anything (Enter would save a note or a form).
    let close: Key = opener == "/" && Bool.random(using: &random) ? .enter : .escape
    engine.handle(.key(close))
    #expect(!engine.state.mode.isTyping)
    return count + 2
  }

  static func randomKey(_ random: inout SplitMix64) -> Key {
    switch Int.random(in: 0..<10, using: &random) {
    case 0..<5: return .text(String(letters.randomElement(using: &random)!))
    case 5: return .text(chinese.randomElement(using: &random)!)
    case 6:
      let scalar = Unicode.Scalar(UInt32.random(in: 0x4E00...0x9FA5, using: &random))!
      return .text(String(Character(scalar)))
    case 7: return .text(String(UnicodeScalar(UInt8.random(in: 0x21...0x7E, using: &random))))
    default: return editingKeys.randomElement(using: &random)!
    }
  }
}

/// A backend that records every change handed to it, over an in-memory store that already
/// holds one change (so that `u` would have something to take back).
final class RecordingBackend: ProgressBackend {
  private let inner: InMemoryProgressBackend
  private(set) var applied: [ProgressChange] = []

  init(_ inner: InMemoryProgressBackend) { self.inner = inner }

  static func withUndoableChange() throws -> RecordingBackend {
    let inner = InMemoryProgressBackend()
    let measure = try #require(SampleDataTests.catalog.plans.first?.measures.first?.id)
    _ = try inner.apply(.setStatus(ids: [measure], status: .inProgress, note: nil))
    return RecordingBackend(inner)
  }

  func apply(_ change: ProgressChange) throws -> ProgressSnapshot {
    applied.append(change)
    return try inner.apply(change)
  }

  func snapshot() throws -> ProgressSnapshot { try inner.snapshot() }
  func history(of itemID: String) throws -> [ProgressHistoryEntry] {
    try inner.history(of: itemID)
  }
  func changeToken() throws -> Int64 { try inner.changeToken() }
  func itemsChangedLast() -> [String] { inner.itemsChangedLast() }
}

/// Where a deferred text can be read from: the store layer implements it (e.g. over the load
/// cache file); the model only asks.
public protocol DeferredTextSource: AnyObject, Sendable {
  func text(at offset: Int, length: Int) -> String
}

/// A long text (a measure's paragraph) held in memory, or left on disk until something asks
/// for it — so that hundreds of thousands of measures do not keep their texts in memory.
/// Compared and hashed by its value, whatever its storage.
public struct LongText: Hashable, Codable, Sendable, ExpressibleByStringLiteral {
  enum Storage: Sendable {
    case inline(String)
    case deferred(source: any DeferredTextSource, offset: Int, length: Int)
  }

  let storage: Storage

  public init(_ value: String) { storage = .inline(value) }

  public init(stringLiteral value: String) { storage = .inline(value) }

  /// A text of `length` UTF-8 bytes at `offset` of `source`, read when first needed.
  public init(deferredTo source: any DeferredTextSource, offset: Int, length: Int) {
    storage = .deferred(source: source, offset: offset, length: length)
  }

  /// The text itself (read from its source when deferred).
  public var value: String {
    switch storage {
    case .inline(let value): value
    case .deferred(let source, let offset, let length): source.text(at: offset, length: length)
    }
  }

  /// True when the text is still on disk.
  public var isDeferred: Bool {
    if case .deferred = storage { return true }
    return false
  }

  public static func == (a: LongText, b: LongText) -> Bool { a.value == b.value }

  public func hash(into hasher: inout Hasher) { hasher.combine(value) }

  public init(from decoder: any Decoder) throws {
    storage = .inline(try decoder.singleValueContainer().decode(String.self))
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(value)
  }
}

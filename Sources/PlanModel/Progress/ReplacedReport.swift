/// Another's report that a change replaced: the record held it when the change was written,
/// though the writer had seen something else there (the two were made at once). Both stay in
/// the history; the later writer is told.
public struct ReplacedReport: Hashable, Sendable {
  /// The measure or item whose record it was (and the year, for an actual figure).
  public var itemID: String
  public var year: Int?
  /// The operation that wrote what was replaced, and its author.
  public var operation: Int64
  public var by: String

  public init(itemID: String, year: Int? = nil, operation: Int64, by: String) {
    self.itemID = itemID
    self.year = year
    self.operation = operation
    self.by = by
  }

  /// One line for all of them: `replaced unit7's report on M (#12), made meanwhile; both are
  /// in the history` / `已覆盖 unit7 同时填报的 M（#12）；两次填报都在历史中`.
  public static func notice(_ replaced: [ReplacedReport]) -> Localized {
    let zh = replaced.map { "\($0.by) 同时填报的 \($0.label)（#\($0.operation)）" }
    let en = replaced.map { "\($0.by)'s report on \($0.label) (#\($0.operation))" }
    return Localized(
      zh: "已覆盖" + zh.joined(separator: "、") + "；两次填报都在历史中",
      en: "replaced " + en.joined(separator: ", ")
        + ", made meanwhile; both are in the history")
  }

  private var label: String { year.map { "\(itemID) \($0)" } ?? itemID }
}

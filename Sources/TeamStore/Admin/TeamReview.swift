import Foundation
import PlanModel
import PostgresNIO
import ProgressStore

/// The office's review of the units' reports: each report (a change a user made) stands as
/// pending until the office accepts it or returns it with a note, which the unit sees.
public enum TeamReview {
  public struct Report: Hashable, Sendable {
    public var id: Int64
    public var at: Double
    public var by: String
    public var items: [String]
    /// What changed, in words (`status → done`, `2024 = 412` …), one per record.
    public var summary: Localized
    public var review: ReviewState
    public var note: String?
  }

  /// Reports, oldest first: only those pending, or all.
  public static func reports(pendingOnly: Bool, on store: TeamStore) throws -> [Report] {
    let entries = try store.history(id: nil).filter { $0.kind == .change && !$0.undone }
    let states = try store.serial {
      try store.connection.query(
        "SELECT operation, review, review_note FROM plandash.entry WHERE position = 0 AND kind = 'change'"
      ).map { try $0.decode((Int64, String, String?).self) }
    }
    let review = Dictionary(states.map { ($0.0, ($0.1, $0.2)) }, uniquingKeysWith: { a, _ in a })
    var reports: [Report] = []
    for entry in entries {
      let (state, note) = review[entry.operation] ?? ("pending", nil)
      let reviewState = ReviewState(rawValue: state) ?? .pending
      if pendingOnly && reviewState != .pending { continue }
      let item = entry.year.map { "\(entry.itemID) \($0)" } ?? entry.itemID
      if let last = reports.last, last.id == entry.operation {
        reports[reports.count - 1].items.append(item)
        let joined: [Localized] = [last.summary, entry.summary]
        reports[reports.count - 1].summary = .joined(
          joined, separator: Localized(zh: "；", en: "; "))
        continue
      }
      reports.append(
        Report(
          id: entry.operation, at: entry.at, by: entry.by, items: [item], summary: entry.summary,
          review: reviewState, note: note))
    }
    return reports
  }

  /// Accepts or returns reports in one transaction. Returns the numbers that name no report
  /// (then nothing was changed). Only the office may: the server refuses anyone else.
  public static func decide(
    _ ids: [Int64], _ state: ReviewState, note: String?, on store: TeamStore
  ) throws -> [Int64] {
    try store.serial {
      try store.connection.transaction {
        let known = Set(
          try store.connection.query(
            "SELECT operation FROM plandash.entry WHERE position = 0 AND kind = 'change' AND operation = ANY(\(ids)::int8[])"
          ).map { try $0.decode(Int64.self) })
        let unknown = ids.filter { !known.contains($0) }
        guard unknown.isEmpty else { return unknown }
        let rows = try store.connection.query(
          """
          UPDATE plandash.entry SET review = \(state.rawValue), review_note = \(note)
          WHERE operation = ANY(\(ids)::int8[]) RETURNING operation
          """)
        let decided = Set(try rows.map { try $0.decode(Int64.self) })
        if decided.count < known.count {
          throw TeamStoreError.denied(
            store: store.location, detail: "only the office may review")
        }
        return []
      }
    }
  }
}

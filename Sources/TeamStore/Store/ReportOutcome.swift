import Foundation
import PlanModel
import PostgresNIO
import ProgressStore

/// What `plandash.apply_report` (or the `plandash.report` procedure) answers: the operation
/// it logged (none when nothing changed), the places of the records it wrote, and the
/// reports of others it replaced (JSON), read into an `AppliedOperation`. The client's view
/// of the records written moves to the new operation.
struct ReportOutcome {
  var operation: Int64?
  var written: [Int]
  var replaced: [ReplacedReport]

  /// The answer's one row: operation, written places, replaced reports.
  init(_ row: PostgresRow?) throws {
    guard let row else {
      (operation, written, replaced) = (nil, [], [])
      return
    }
    let (operation, written, replaced) = try row.decode((Int64?, [Int32]?, String?).self)
    self.operation = operation
    self.written = (written ?? []).map(Int.init)
    self.replaced = try replaced.map(Self.reports) ?? []
  }

  /// The operation as the store reports it; `view` now holds what it wrote.
  func applied(_ records: [ReportRecord], reverts: Int64?, view: RecordView) -> AppliedOperation {
    let written = written.filter { records.indices.contains($0) }.map { records[$0] }
    for record in written {
      view.saw(record.key, operation: record.remove ? nil : operation)
    }
    var applied = AppliedOperation(
      operation: operation, itemIDs: operation == nil ? [] : written.map(\.item),
      reverts: operation == nil ? nil : reverts)
    applied.replaced = replaced
    return applied
  }

  private struct Replaced: Decodable {
    var item: String
    var year: Int?
    var operation: Int64
    var by: String?
  }

  private static func reports(_ json: String) throws -> [ReplacedReport] {
    try JSONDecoder().decode([Replaced].self, from: Data(json.utf8)).map {
      ReplacedReport(itemID: $0.item, year: $0.year, operation: $0.operation, by: $0.by ?? "?")
    }
  }
}

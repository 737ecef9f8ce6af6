import Foundation
import PlanModel
import PostgresNIO
import ProgressStore

/// What `plandash.apply_report` answers (EntryReport): the operation it logged (none when
/// nothing changed), what each record it wrote now holds, and the reports of others it
/// replaced (JSON), read into an `AppliedOperation`. The client's view of the records
/// written moves to their new changes.
struct ReportOutcome {
  /// A record written: its place in the report, its new change number and value.
  struct Written: Decodable {
    var n: Int
    var seq: Int
    var present: Bool
    var status: String?
    var value: Double?
    var note: String?
  }

  var operation: Int64?
  var written: [Written]
  var replaced: [ReplacedReport]

  /// The answer's one row: operation, records written, replaced reports.
  init(_ row: PostgresRow?) throws {
    guard let row else {
      (operation, written, replaced) = (nil, [], [])
      return
    }
    let (operation, written, replaced) = try row.decode((Int64?, String?, String?).self)
    self.operation = operation
    self.written =
      try written.map {
        try JSONDecoder().decode([Written].self, from: Data($0.utf8))
      } ?? []
    self.replaced = try replaced.map(Self.reports) ?? []
  }

  /// The operation as the store reports it; `view` now holds what it wrote, by `login`.
  func applied(
    _ records: [ReportRecord], reverts: Int64?, view: RecordView, login: String
  ) -> AppliedOperation {
    let written = written.filter { records.indices.contains($0.n) }
    guard let operation, !written.isEmpty else {
      return AppliedOperation(operation: nil, itemIDs: [])
    }
    for row in written {
      let record = records[row.n]
      view.saw(
        record.key,
        RecordView.Seen(
          seq: row.seq, operation: operation, by: login, value: Self.value(row, record)))
    }
    var applied = AppliedOperation(
      operation: operation, itemIDs: written.map { records[$0.n].item }, reverts: reverts)
    applied.replaced = replaced
    return applied
  }

  private static func value(_ row: Written, _ record: ReportRecord) -> RecordValue? {
    guard row.present else { return nil }
    if record.kind == RecordChange.Record.measure.rawValue {
      let status = row.status.flatMap(MeasureStatus.init(rawValue:)) ?? .todo
      return .measure(status: status, note: row.note)
    }
    return .actual(value: row.value ?? 0, note: row.note)
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

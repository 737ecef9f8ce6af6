import PlanModel
import PostgresNIO
import ProgressStore

extension TeamStore {
  /// A report outside a transaction, committed once this returns. One record — the common
  /// case — is one row appended to the log (`append`); several are one call of
  /// `plandash.apply_report` (EntryReport). Each is then announced to every listening
  /// client.
  func report(what: String, _ records: [ReportRecord]) throws -> AppliedOperation {
    guard !records.isEmpty else { return AppliedOperation(operation: nil, itemIDs: []) }
    if records.count == 1 {
      let applied = try serial { try append(what: what, records[0]) }
      announce(applied.operation.map { [$0] } ?? [])
      return applied
    }
    let json = try ReportRecord.json(records)
    let applied = try serial {
      let row = try connection.query(
        """
        SELECT operation_id, written, replaced
        FROM plandash.apply_report('change', \(what), NULL, \(json)::jsonb)
        """
      ).first
      return try ReportOutcome(row).applied(records, reverts: nil, view: view, login: login)
    }
    announce(applied.operation.map { [$0] } ?? [])
    return applied
  }

  /// How often a report of one record is tried again when others' reports of the record
  /// keep coming in between.
  static let appendAttempts = 8

  /// One record's report as one row: the change numbered one more than the newest this
  /// client saw, its right checked by the server's policy. When another's report came in
  /// between (the number is taken), the record is read again and the report made over it,
  /// and it is told which report it replaced. The caller announces it (`Announcer`).
  private func append(what: String, _ record: ReportRecord) throws -> AppliedOperation {
    let key = record.key
    var seen: RecordView.Seen
    var replaced: [ReplacedReport] = []
    if let known = view.seen(key) {
      seen = known
    } else {
      if let applied = try appendOverNewest(what: what, record) { return applied }
      // Another's report took the number at the same moment: this one replaces it.
      seen = try readNewest(key)
      replaced = [ReplacedReport(key, seen)]
    }
    for _ in 0..<Self.appendAttempts {
      var value = record.value(over: seen.value)
      if value == nil {
        // Nothing to change, as this client saw it: make sure it is so now.
        let newest = try readNewest(key)
        view.saw(key, newest)
        guard newest.seq != seen.seq else { return AppliedOperation(operation: nil, itemIDs: []) }
        replaced = [ReplacedReport(key, newest)]
        seen = newest
        value = record.value(over: seen.value)
      }
      guard let value else { return AppliedOperation(operation: nil, itemIDs: []) }
      do {
        let operation = try insert(
          what, key, seq: seen.seq + 1, value, replaced: replaced.first?.operation)
        view.saw(
          key, RecordView.Seen(seq: seen.seq + 1, operation: operation, by: login, value: value))
        var applied = AppliedOperation(operation: operation, itemIDs: [record.item])
        applied.replaced = replaced
        return applied
      } catch let refused as TeamConnection.Refused {
        let newest = try readNewest(key)
        view.saw(key, newest)
        guard newest.seq != seen.seq else { throw refusal(refused, item: record.item) }
        replaced = [ReplacedReport(key, newest)]
        seen = newest
      }
    }
    throw TeamStoreError.server(
      store: location, detail: "\(record.item): changed by others \(Self.appendAttempts) times over"
    )
  }

  /// What a refused row means: the caller may not report on the item (the policy), or may
  /// not report at all (no right to append).
  func refusal(_ refused: TeamConnection.Refused, item: String) -> TeamStoreError {
    if refused.message.contains("row-level security") {
      return .notYours(store: location, items: [item])
    }
    if refused.state == "42501" { return .denied(store: location, detail: refused.message) }
    return .server(store: location, detail: refused.message)
  }

  static let appendSQL = """
    INSERT INTO plandash.entry (what, record, item_id, year, seq, present, status, value, note,
      replaced)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING operation
    """

  /// Appends the row, as a statement prepared once a connection (its policy's lookups
  /// planned once, not at every report: docs/benchmarks.md, issue 13); the operation number
  /// it was given.
  private func insert(
    _ what: String, _ key: RecordView.Key, seq: Int, _ value: RecordValue?, replaced: Int64?
  ) throws -> Int64 {
    let binds: [PostgresData] = [
      PostgresData(string: what), PostgresData(string: key.record.rawValue),
      PostgresData(string: key.itemID), PostgresData(int32: Int32(key.storedYear)),
      PostgresData(int32: Int32(seq)), PostgresData(bool: value != nil),
      .text(value?.status?.rawValue), value?.figure.map { PostgresData(double: $0) } ?? .null,
      .text(value?.note), .text(replaced.map(String.init)),
    ]
    let rows = try connection.query(
      prepared: Self.appendSQL, binds, refusing: ["23505", "42501"])
    guard let operation = rows.first?.binaryInt64 else {
      throw TeamStoreError.server(store: location, detail: "no operation number came back")
    }
    return operation
  }

  /// The record's newest change as the server holds it now.
  func readNewest(_ key: RecordView.Key) throws -> RecordView.Seen {
    let rows = try connection.query(
      """
      SELECT seq, present, status, value, note, operation, by::text FROM plandash.entry
      WHERE record = \(key.record.rawValue) AND item_id = \(key.itemID)
        AND year = \(key.storedYear)::int4
      ORDER BY seq DESC LIMIT 1
      """)
    guard let row = rows.first else { return .never }
    let (seq, present, status, value, note, operation, by) = try row.decode(
      (Int32, Bool, String?, Double?, String?, Int64, String).self)
    return RecordView.Seen(
      seq: Int(seq), operation: operation, by: by,
      value: present ? RecordValue(key.record, status: status, value: value, note: note) : nil)
  }
}

extension ReplacedReport {
  /// The report that wrote a record's newest change.
  init(_ key: RecordView.Key, _ newest: RecordView.Seen) {
    self.init(itemID: key.itemID, year: key.year, operation: newest.operation, by: newest.by)
  }
}

extension RecordValue {
  /// A record's value from the log's columns.
  init(_ record: RecordChange.Record, status: String?, value: Double?, note: String?) {
    switch record {
    case .measure:
      self = .measure(status: status.flatMap(MeasureStatus.init(rawValue:)) ?? .todo, note: note)
    case .actual: self = .actual(value: value ?? 0, note: note)
    }
  }

  /// An actual figure's value; nil for a measure.
  var figure: Double? {
    if case .actual(let value, _) = self { return value }
    return nil
  }
}

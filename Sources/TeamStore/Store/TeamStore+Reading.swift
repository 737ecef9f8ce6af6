import PlanModel
import PostgresNIO
import ProgressStore

extension TeamStore {
  /// The whole store's progress (on the connection, under `serial`): each record's newest
  /// change, in one query answering one row — each kind of record as one JSON array
  /// (`SnapshotRows`), so that tens of thousands of records cost the client one value to
  /// decode, not a row each.
  func readSnapshot() throws -> ProgressSnapshot {
    fullReads.bump()
    let row = try connection.query(
      PostgresQuery(
        unsafeSQL: """
          SELECT
            (SELECT coalesce(json_agg(json_build_array(item_id, status, note,
              extract(epoch FROM at), by, operation, seq, present)), '[]')
              FROM (\(EntryViews.newest("measure"))) e)::text,
            (SELECT coalesce(json_agg(json_build_array(item_id, year, value, note, by, operation,
              seq, present) ORDER BY item_id, year), '[]')
              FROM (\(EntryViews.newest("actual"))) e)::text
          """)
    ).first
    let (measures, actuals) = try row?.decode((String, String).self) ?? ("[]", "[]")
    let rows = try SnapshotRows(measures: measures, actuals: actuals)
    view.replaceAll(rows.seen)
    return rows.snapshot
  }

  /// These records' newest changes, read into `snapshot` (those no longer there removed)
  /// and into the view.
  func readRecords(
    _ record: RecordChange.Record, ids: [String], into snapshot: inout ProgressSnapshot
  ) throws {
    var bindings = PostgresBindings()
    bindings.append(ids)
    let rows = try connection.query(
      PostgresQuery(
        unsafeSQL: """
          SELECT item_id, year, seq, present, status, value, note, operation, by::text,
            extract(epoch FROM at)::float8
          FROM (\(EntryViews.newest(record.rawValue, items: true))) e ORDER BY item_id, year
          """, binds: bindings))
    for id in ids {
      if record == .measure { snapshot.measures[id] = nil } else { snapshot.actuals[id] = nil }
    }
    for row in rows {
      let (id, year, seq, present, status, value, note, operation, by, at) = try row.decode(
        (String, Int32, Int32, Bool, String?, Double?, String?, Int64, String, Double).self)
      let key = RecordView.Key(record, id, Int(year))
      let current = present ? RecordValue(record, status: status, value: value, note: note) : nil
      view.saw(key, RecordView.Seen(seq: Int(seq), operation: operation, by: by, value: current))
      switch current {
      case .measure(let status, let note)?:
        snapshot.measures[id] = MeasureProgress(
          status: status, note: note, updatedAt: at, updatedBy: by)
      case .actual(let figure, let note)?:
        snapshot.actuals[id, default: []].append(
          Actual(itemID: id, year: Int(year), value: figure, note: note))
      case nil: break
      }
    }
  }

  public func actuals(of itemID: String?) throws -> [Actual] {
    try serial {
      let rows =
        if let itemID {
          try connection.query(
            "SELECT item_id, year, value, note FROM plandash.actual WHERE item_id = \(itemID) ORDER BY year"
          )
        } else {
          try connection.query(
            "SELECT item_id, year, value, note FROM plandash.actual ORDER BY item_id, year")
        }
      return try rows.map { row in
        let (id, year, value, note) = try row.decode((String, Int32, Double, String?).self)
        return Actual(itemID: id, year: Int(year), value: value, note: note)
      }
    }
  }

  public func history(id itemID: String?) throws -> [LogEntry] {
    try serial { try TeamLog.entries(connection, itemID: itemID) }
  }

  /// Each measure's review state: that of the newest report (change, not undone) on it.
  public func reviews() throws -> [String: ReviewState] {
    try serial {
      let rows = try connection.query(
        """
        SELECT DISTINCT ON (item_id) item_id, review FROM plandash.entry
        WHERE record = 'measure' AND kind = 'change' AND NOT undone
        ORDER BY item_id, operation DESC
        """)
      var reviews: [String: ReviewState] = [:]
      for row in rows {
        let (id, review) = try row.decode((String, String).self)
        reviews[id] = ReviewState(rawValue: review)
      }
      return reviews
    }
  }
}

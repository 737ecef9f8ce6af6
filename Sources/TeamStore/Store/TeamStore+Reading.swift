import PlanModel
import PostgresNIO
import ProgressStore

extension TeamStore {
  /// The whole store's progress (on the connection, under `serial`): measures and actual
  /// figures, each with the operation that wrote it, in one query answering one row — each
  /// table as one JSON array (`SnapshotRows`), so that tens of thousands of records cost the
  /// client one value to decode, not a row each.
  func readSnapshot() throws -> ProgressSnapshot {
    fullReads.bump()
    let row = try connection.query(
      """
      SELECT
        (SELECT coalesce(json_agg(json_build_array(id, status, note,
          extract(epoch FROM updated_at), updated_by, operation_id)), '[]')
          FROM plandash.measure)::text,
        (SELECT coalesce(json_agg(json_build_array(item_id, year, value, note, operation_id)
          ORDER BY item_id, year), '[]') FROM plandash.actual)::text
      """
    ).first
    let (measures, actuals) = try row?.decode((String, String).self) ?? ("[]", "[]")
    let rows = try SnapshotRows(measures: measures, actuals: actuals)
    view.replaceAll(rows.seen)
    return rows.snapshot
  }

  /// Measures as they are now (all, or these), with the operation that wrote each.
  func readMeasures(ids: [String]?) throws -> [(String, MeasureProgress, Int64)] {
    let select = """
      SELECT id, status, note, extract(epoch FROM updated_at)::float8, updated_by::text,
        operation_id
      FROM plandash.measure
      """
    let rows =
      if let ids {
        try connection.query("\(unescaped: select) WHERE id = ANY(\(ids)::text[])")
      } else {
        try connection.query(PostgresQuery(unsafeSQL: select))
      }
    return try rows.map { row in
      let (id, status, note, at, by, operation) = try row.decode(
        (String, String, String?, Double, String, Int64?).self)
      let progress = MeasureProgress(
        status: MeasureStatus(rawValue: status) ?? .todo, note: note, updatedAt: at,
        updatedBy: by)
      return (id, progress, operation ?? 0)
    }
  }

  /// Actual figures (all, or of these items) with the operation that wrote each.
  func readActualsWithOperations(ids: [String]?) throws -> [(Actual, Int64)] {
    let select = "SELECT item_id, year, value, note, operation_id FROM plandash.actual"
    let rows =
      if let ids {
        try connection.query(
          "\(unescaped: select) WHERE item_id = ANY(\(ids)::text[]) ORDER BY item_id, year")
      } else {
        try connection.query(PostgresQuery(unsafeSQL: select + " ORDER BY item_id, year"))
      }
    return try rows.map { row in
      let (id, year, value, note, operation) = try row.decode(
        (String, Int32, Double, String?, Int64?).self)
      return (Actual(itemID: id, year: Int(year), value: value, note: note), operation ?? 0)
    }
  }

  public func actuals(of itemID: String?) throws -> [Actual] {
    try serial { try readActuals(of: itemID) }
  }

  private func readActuals(of itemID: String?) throws -> [Actual] {
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

  public func history(id itemID: String?) throws -> [LogEntry] {
    try serial { try TeamLog.entries(connection, itemID: itemID) }
  }

  /// Each measure's review state: that of the newest report (change, not undone) on it.
  public func reviews() throws -> [String: ReviewState] {
    try serial {
      let rows = try connection.query(
        """
        SELECT DISTINCT ON (i.item_id) i.item_id, o.review
        FROM plandash.operation_item i JOIN plandash.operation o ON o.id = i.operation_id
        WHERE i.record = 'measure' AND o.kind = 'change' AND NOT o.undone
        ORDER BY i.item_id, o.id DESC
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

import PlanModel
import PostgresNIO
import ProgressStore

extension TeamStore {
  public func snapshot() throws -> ProgressSnapshot {
    try serial {
      var snapshot = ProgressSnapshot()
      let measures = try connection.query(
        """
        SELECT id, status, note, extract(epoch FROM updated_at)::float8, updated_by::text
        FROM plandash.measure
        """)
      for row in measures {
        let (id, status, note, at, by) = try row.decode(
          (String, String, String?, Double, String).self)
        snapshot.measures[id] = MeasureProgress(
          status: MeasureStatus(rawValue: status) ?? .todo, note: note, updatedAt: at,
          updatedBy: by)
      }
      for actual in try readActuals(of: nil) {
        snapshot.actuals[actual.itemID, default: []].append(actual)
      }
      return snapshot
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

/// How many reports (changes) logins made, as the server counts them: what a benchmark
/// checks its acknowledged reports against.
public enum TeamOperationCount {
  /// The changes made by the logins whose names match a LIKE pattern.
  public static func changes(byLoginsLike pattern: String, on store: TeamStore) throws -> Int {
    try store.serial {
      let count = try store.connection.query(
        "SELECT count(*)::int8 FROM plandash.entry WHERE position = 0 AND kind = 'change' AND by::text LIKE \(pattern)"
      ).first?.decode(Int64.self)
      return Int(count ?? 0)
    }
  }

  /// Gives measures the published plans name a status (every `step`th, by a hash of its
  /// id, among those without one), in one statement: one change each, already reviewed
  /// (the administrator only), so that a store holds progress at scale.
  public static func fillStatuses(every step: Int, on store: TeamStore) throws -> Int {
    try store.serial {
      let count = try store.connection.query(
        """
        WITH filled AS (
          INSERT INTO plandash.entry (what, record, item_id, seq, status, note, review)
          SELECT 'status', 'measure', measure_id, 1, 'in-progress', 'bench', 'accepted'
          FROM (SELECT DISTINCT measure_id FROM plandash.measure_unit) m
          WHERE abs(hashtext(measure_id)) % \(step) = 0 AND NOT EXISTS (
            SELECT 1 FROM plandash.entry e WHERE e.record = 'measure' AND e.item_id = m.measure_id)
          RETURNING 1)
        SELECT count(*)::int8 FROM filled
        """
      ).first?.decode(Int64.self)
      return Int(count ?? 0)
    }
  }
}

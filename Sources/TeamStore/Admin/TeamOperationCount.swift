/// How many reports (changes) logins made, as the server counts them: what a benchmark
/// checks its acknowledged reports against.
public enum TeamOperationCount {
  /// The changes made by the logins whose names match a LIKE pattern.
  public static func changes(byLoginsLike pattern: String, on store: TeamStore) throws -> Int {
    try store.serial {
      let count = try store.connection.query(
        "SELECT count(*)::int8 FROM plandash.operation WHERE kind = 'change' AND by::text LIKE \(pattern)"
      ).first?.decode(Int64.self)
      return Int(count ?? 0)
    }
  }

  /// Gives every measure the published plans name a status, in one statement (the
  /// administrator only: it bypasses the log), so that a store holds progress at scale.
  public static func fillStatuses(every step: Int, on store: TeamStore) throws -> Int {
    try store.serial {
      let count = try store.connection.query(
        """
        WITH filled AS (
          INSERT INTO plandash.measure (id, status, note)
          SELECT measure_id, 'in-progress', 'bench'
          FROM (SELECT DISTINCT measure_id FROM plandash.measure_unit) m
          WHERE abs(hashtext(measure_id)) % \(step) = 0
          ON CONFLICT (id) DO NOTHING RETURNING 1)
        SELECT count(*)::int8 FROM filled
        """
      ).first?.decode(Int64.self)
      return Int(count ?? 0)
    }
  }
}

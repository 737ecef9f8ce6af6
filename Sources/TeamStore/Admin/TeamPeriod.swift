import PostgresNIO

/// The reporting period: monthly, due on a day the office sets (1–28).
public enum TeamPeriod {
  public static func dueDay(on store: TeamStore) throws -> Int? {
    try store.serial {
      let day = try store.connection.query("SELECT due_day FROM plandash.period WHERE id = 1")
        .first?.decode(Int32.self)
      return day.map(Int.init)
    }
  }

  /// Only the office may: the server refuses anyone else.
  public static func setDueDay(_ day: Int, on store: TeamStore) throws {
    try store.serial {
      try store.connection.query(
        """
        INSERT INTO plandash.period (id, due_day) VALUES (1, \(day))
        ON CONFLICT (id) DO UPDATE SET due_day = excluded.due_day, set_by = current_user,
          set_at = now()
        """)
    }
  }
}

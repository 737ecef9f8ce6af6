/// Version 4's tables as views of `plandash.entry` (schema version 5), for whoever reads the
/// store with SQL: `operation` (an operation's first row holds what the operation is),
/// `operation_item` (each change with the value before it, the record's row before), and
/// `measure` and `actual` (each record's newest row, while the record is there). Each view
/// reads with its caller's rights (`security_invoker`); none may be written.
enum EntryViews {
  /// Each record's newest row, for `record` (`measure` or `actual`), of the items `$1` or of
  /// all: `DISTINCT ON` the record, newest change first, in the order of the index on
  /// (record, item, year, change number), read backwards. The views and the store's readers
  /// (`TeamStore+Reading`) read records with it.
  static func newest(_ record: String, items: Bool = false) -> String {
    """
    SELECT DISTINCT ON (item_id, year) * FROM plandash.entry
    WHERE record = '\(record)'\(items ? " AND item_id = ANY($1::text[])" : "")
    ORDER BY item_id DESC, year DESC, seq DESC
    """
  }

  static var sql: String {
    """
    CREATE VIEW plandash.operation WITH (security_invoker = true) AS
      SELECT operation AS id, kind, what, at, by, reverts, undone, replaced, review,
        review_note, reviewed_by, reviewed_at
      FROM plandash.entry WHERE position = 0;
    CREATE VIEW plandash.operation_item WITH (security_invoker = true) AS
      SELECT operation AS operation_id, position, record, item_id,
        CASE WHEN record = 'actual' THEN year END AS year,
        coalesce(lag(present) OVER w, false) AS old_exists,
        CASE WHEN lag(present) OVER w THEN lag(status) OVER w END AS old_status,
        CASE WHEN lag(present) OVER w THEN lag(value) OVER w END AS old_value,
        CASE WHEN lag(present) OVER w THEN lag(note) OVER w END AS old_note,
        present AS new_exists, status AS new_status, value AS new_value, note AS new_note
      FROM plandash.entry WINDOW w AS (PARTITION BY record, item_id, year ORDER BY seq);
    CREATE VIEW plandash.measure WITH (security_invoker = true) AS
      SELECT item_id AS id, status, note, operation AS operation_id, at AS updated_at,
        by AS updated_by
      FROM (\(newest("measure"))) e WHERE present;
    CREATE VIEW plandash.actual WITH (security_invoker = true) AS
      SELECT item_id, year, value, note, operation AS operation_id, at AS updated_at,
        by AS updated_by
      FROM (\(newest("actual"))) e WHERE present;
    GRANT SELECT ON plandash.operation, plandash.operation_item, plandash.measure,
      plandash.actual TO \(TeamPolicies.readers);

    """
  }
}

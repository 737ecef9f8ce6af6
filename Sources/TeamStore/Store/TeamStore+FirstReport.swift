import PlanModel
import PostgresNIO
import ProgressStore

extension TeamStore {
  /// A report of one record this client has not looked at: the row made over the record's
  /// newest change by the server itself, in the same statement (`seq` one more, the status
  /// or note kept where the report keeps them), and not made when it would change nothing
  /// — so that a command's report costs one round trip, as a dashboard's does. `$1`–`$9`:
  /// what, record, item, year, present, status, value, keep the note, note.
  static let appendOverNewestSQL = """
    INSERT INTO plandash.entry (what, record, item_id, year, seq, present, status, value, note)
    SELECT w.what, w.record, w.item, w.year, w.seq, w.present, w.status, w.value, w.note
    FROM (
      SELECT $1::text AS what, $2::text AS record, $3::text AS item, $4::int4 AS year,
        coalesce(n.seq, 0) + 1 AS seq, $5::bool AS present,
        CASE WHEN $5 AND $2 = 'measure' THEN coalesce($6::text, n.status, 'todo') END AS status,
        CASE WHEN $5 THEN $7::float8 END AS value,
        CASE WHEN NOT $5 THEN NULL WHEN $8::bool THEN n.note ELSE $9::text END AS note,
        coalesce(n.present, false) AS was, n.status AS old_status, n.value AS old_value,
        n.note AS old_note
      FROM (SELECT 1) AS one LEFT JOIN LATERAL (
        SELECT e.seq, e.present, CASE WHEN e.present THEN e.status END AS status,
          CASE WHEN e.present THEN e.value END AS value,
          CASE WHEN e.present THEN e.note END AS note
        FROM plandash.entry e WHERE e.record = $2 AND e.item_id = $3 AND e.year = $4
        ORDER BY e.seq DESC LIMIT 1) AS n ON true) AS w
    WHERE NOT (w.was = w.present AND w.old_status IS NOT DISTINCT FROM w.status
      AND w.old_value IS NOT DISTINCT FROM w.value AND w.old_note IS NOT DISTINCT FROM w.note)
    RETURNING operation, seq::int8, status, note
    """

  /// The report made over the record's newest change (`appendOverNewestSQL`); nil when
  /// another's report took the number at the same moment (then it is made as over a record
  /// seen). What the row holds is the view's from now on.
  func appendOverNewest(what: String, _ record: ReportRecord) throws -> AppliedOperation? {
    let key = record.key
    let binds: [PostgresData] = [
      PostgresData(string: what), PostgresData(string: key.record.rawValue),
      PostgresData(string: key.itemID), PostgresData(int32: Int32(key.storedYear)),
      PostgresData(bool: !record.remove), .text(record.status),
      record.value.map { PostgresData(double: $0) } ?? .null, PostgresData(bool: record.keepnote),
      .text(record.note),
    ]
    let rows: [PostgresRow]
    do {
      rows = try connection.query(
        prepared: Self.appendOverNewestSQL, binds, refusing: ["23505", "42501"])
    } catch let refused as TeamConnection.Refused {
      if refused.state == "23505" { return nil }
      throw refusal(refused, item: record.item)
    }
    guard let row = rows.first, let operation = row.binaryInt64,
      let seq = row.binaryInt64(at: 1)
    else { return AppliedOperation(operation: nil, itemIDs: []) }
    let value =
      record.remove
      ? nil
      : RecordValue(
        key.record, status: row.text(at: 2), value: record.value, note: row.text(at: 3))
    view.saw(key, RecordView.Seen(seq: Int(seq), operation: operation, by: login, value: value))
    return AppliedOperation(operation: operation, itemIDs: [record.item])
  }
}

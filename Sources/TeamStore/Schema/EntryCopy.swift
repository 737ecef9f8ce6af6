/// Schema version 5's first step on a store of version 4: its log copied into
/// `plandash.entry`, a row for each logged record change (numbered per record in the log's
/// order), then a row for each record whose value the log does not end on — one written
/// outside the log (a status filled in by the administrator, a figure migrated), or a record
/// removed outside it — as a change already reviewed, by whoever wrote the record last.
enum EntryCopy {
  /// Version 4's records, as one relation.
  static let recordNow = """
    record_now AS (
      SELECT 'status'::text AS what, 'measure'::text AS record, id AS item_id, 0 AS year,
        status, NULL::double precision AS value, note, updated_at AS at, updated_by AS by
      FROM plandash.measure
      UNION ALL
      SELECT 'actual', 'actual', item_id, year, NULL, value, note, updated_at, updated_by
      FROM plandash.actual)
    """

  static let sql = """
    INSERT INTO plandash.entry (operation, position, kind, what, record, item_id, year, seq,
      present, status, value, note, at, by, reverts, undone, replaced, review, review_note,
      reviewed_by, reviewed_at)
    SELECT o.id, i.position, o.kind, o.what, i.record, i.item_id,
      CASE WHEN i.record = 'actual' THEN i.year ELSE 0 END,
      row_number() OVER (PARTITION BY i.record, i.item_id,
        CASE WHEN i.record = 'actual' THEN i.year ELSE 0 END ORDER BY o.id, i.position),
      i.new_exists, CASE WHEN i.new_exists THEN i.new_status END,
      CASE WHEN i.new_exists THEN i.new_value END, CASE WHEN i.new_exists THEN i.new_note END,
      o.at, o.by, o.reverts, o.undone, o.replaced, o.review, o.review_note, o.reviewed_by,
      o.reviewed_at
    FROM plandash.operation_item i JOIN plandash.operation o ON o.id = i.operation_id;
    INSERT INTO plandash.entry (what, record, item_id, year, seq, present, status, value, note,
      at, by, review)
    WITH \(recordNow)
    SELECT x.what, x.record, x.item_id, x.year, coalesce(l.seq, 0) + 1, true, x.status, x.value,
      x.note, x.at, x.by, 'accepted'
    FROM record_now x LEFT JOIN LATERAL (SELECT e.seq, e.present, e.status, e.value, e.note
        FROM plandash.entry e WHERE e.record = x.record AND e.item_id = x.item_id
          AND e.year = x.year ORDER BY e.seq DESC LIMIT 1) l ON true
    WHERE l.seq IS NULL OR NOT l.present OR l.status IS DISTINCT FROM x.status
      OR l.value IS DISTINCT FROM x.value OR l.note IS DISTINCT FROM x.note;
    INSERT INTO plandash.entry (what, record, item_id, year, seq, present, at, by, review)
    WITH \(recordNow)
    SELECT CASE WHEN l.record = 'measure' THEN 'status' ELSE 'actual' END, l.record, l.item_id,
      l.year, l.seq + 1, false, now(), current_user, 'accepted'
    FROM (SELECT DISTINCT ON (record, item_id, year) * FROM plandash.entry
        ORDER BY record, item_id, year, seq DESC) l
    WHERE l.present AND NOT EXISTS (SELECT 1 FROM record_now x WHERE x.record = l.record
      AND x.item_id = l.item_id AND x.year = l.year);

    """
}

extension TeamSchema {
  /// Version 4: a report of one record — the common case, and every report of
  /// `plandash-bench team` — takes a short path with the same rights (docs/team.md, "A
  /// report of one record"; docs/benchmarks.md, issue 13). `plandash.report_record` runs as
  /// the owner (SECURITY DEFINER), so that the unit's row-level-security policies, set up at
  /// each of a report's statements, give way to one check of the caller's rights (the
  /// expression of `TeamRights`, for the caller the function names itself); it reads and
  /// locks the record in one statement, and writes the operation, the record and its log item
  /// in one more. `plandash.report` sends a report of one record there when the caller is
  /// who the function would take it to be, and every other report through `apply_report` as
  /// before. The stamping triggers leave alone the rows the owner writes: the function sets
  /// the author and time itself, from the server, never from the caller.
  static var version4SQL: String {
    stampTriggersSQL(when: "WHEN (current_user <> '\(owner)') ")
      + reportRecordSQL + reportDispatchSQL
  }

  /// Who called, as the owner's function sees it: the role set with `SET ROLE`, else the
  /// login. Inside a SECURITY DEFINER function `current_user` is the owner, and this is
  /// what `current_user` was outside, unless the caller is itself another role's
  /// SECURITY DEFINER function — `plandash.report` takes the short path only when the two
  /// agree.
  static let callerSQL = "coalesce(nullif(current_setting('role'), 'none'), session_user)"

  /// The triggers that set the author and time of records and operations, on `when`.
  static func stampTriggersSQL(when: String) -> String {
    [("measure", "stamp_record"), ("actual", "stamp_record"), ("operation", "stamp_operation")]
      .map { table, function in
        """
        DROP TRIGGER IF EXISTS stamp ON plandash.\(table);
        CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON plandash.\(table)
          FOR EACH ROW \(when)EXECUTE FUNCTION plandash.\(function)();

        """
      }.joined()
  }

  /// The short path: one record of a report (a `ReportRecord`'s fields), with what
  /// `apply_report` would answer. As there, a login that may not write the record's table is
  /// refused first; a record the caller may not report on is not seen (as row-level
  /// security hides it from `apply_report`'s lock), so removing it changes nothing and
  /// writing it is refused; a record whose value would not change is left out.
  static var reportRecordSQL: String {
    """
    CREATE OR REPLACE FUNCTION plandash.report_record(p_what text, p_n integer, p_kind text,
      p_item text, p_year integer, p_remove boolean, p_status text, p_keepnote boolean,
      p_note text, p_value double precision, p_seen bigint,
      OUT operation_id bigint, OUT written integer[], OUT replaced text)
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog
      SET plan_cache_mode = force_generic_plan AS $$
      DECLARE
        who name := \(callerSQL);
        remove boolean := coalesce(p_remove, false);
        allowed boolean := true;
        found_row boolean;
        looked bigint;
        holding bigint;
        old_status text;
        old_value double precision;
        old_note text;
        new_status text;
        new_note text;
      BEGIN
        written := '{}';
        \(recordPrivilegeSQL)
        \(recordLockSQL)
        new_status := CASE WHEN p_kind = 'measure' THEN coalesce(p_status, old_status, 'todo') END;
        new_note := CASE WHEN p_kind = 'measure' AND p_keepnote THEN old_note ELSE p_note END;
        IF (remove AND NOT found_row) OR (NOT remove AND found_row
            AND old_status IS NOT DISTINCT FROM new_status
            AND old_value IS NOT DISTINCT FROM p_value
            AND old_note IS NOT DISTINCT FROM new_note) THEN
          RETURN;
        END IF;
        IF NOT allowed THEN
          RAISE EXCEPTION 'not yours' USING ERRCODE = '\(notYoursState)', DETAIL = p_item;
        END IF;
        IF holding IS NOT NULL AND holding <> coalesce(looked, -1) THEN
          replaced := jsonb_build_array(jsonb_build_object('item', p_item, 'year', p_year,
            'operation', holding, 'by', (SELECT o.by::text FROM plandash.operation o
              WHERE o.id = holding)))::text;
        ELSE
          holding := NULL;
        END IF;
        \(recordWritesSQL)
        written := ARRAY[p_n];
      END
    $$;
    REVOKE ALL ON FUNCTION plandash.report_record(text, integer, text, text, integer, boolean,
      text, boolean, text, double precision, bigint) FROM PUBLIC;
    GRANT EXECUTE ON FUNCTION plandash.report_record(text, integer, text, text, integer,
      boolean, text, boolean, text, double precision, bigint) TO \(TeamPolicies.readers);

    """
  }

  /// `apply_report`'s lock needs the right to update the table: a viewer is refused there,
  /// with PostgreSQL's own words.
  static let recordPrivilegeSQL = """
    IF NOT has_table_privilege(who, CASE WHEN p_kind = 'measure'
        THEN 'plandash.measure'::regclass ELSE 'plandash.actual'::regclass END, 'UPDATE') THEN
      RAISE EXCEPTION 'permission denied for table %',
        CASE WHEN p_kind = 'measure' THEN 'measure' ELSE 'actual' END USING ERRCODE = '42501';
    END IF;
    """

  /// The record read and locked in one statement, with the operation the caller saw there
  /// (`p_seen`, or what the statement's snapshot holds, before the lock waits for a
  /// concurrent report), only when the caller may report on it; when nothing comes back,
  /// whether it may.
  static var recordLockSQL: String {
    let tables = [
      ("measure", "r.id = p_item", "r.status, NULL::double precision"),
      ("actual", "r.item_id = p_item AND r.year = p_year", "NULL::text, r.value"),
    ]
    let locks = tables.map { table, key, values in
      """
      WITH s AS MATERIALIZED (SELECT r.operation_id FROM plandash.\(table) r WHERE \(key))
      SELECT \(values), r.note, coalesce(r.operation_id, 0),
          coalesce(p_seen, (SELECT coalesce(s.operation_id, 0) FROM s))
        INTO old_status, old_value, old_note, holding, looked
        FROM plandash.\(table) r WHERE \(key) AND \(TeamRights.mayReport("p_item", login: "who"))
        FOR UPDATE OF r;
      """
    }
    return """
      IF p_kind = 'measure' THEN
        \(locks[0])
      ELSE
        \(locks[1])
      END IF;
      found_row := FOUND;
      IF NOT found_row THEN
        allowed := \(TeamRights.mayReport("p_item", login: "who"));
      END IF;
      """
  }

  /// The operation, the record and its log item, in one statement: one of four, for the
  /// record's table and whether it goes.
  static var recordWritesSQL: String {
    let upsert = { (table: String, columns: String, values: String, key: String, set: String) in
      """
      INSERT INTO plandash.\(table) (\(columns), operation_id, updated_at, updated_by)
          SELECT \(values), o.id, now(), who FROM o
          ON CONFLICT (\(key)) DO UPDATE SET \(set), operation_id = excluded.operation_id,
            updated_at = excluded.updated_at, updated_by = excluded.updated_by
      """
    }
    let writes = [
      upsert(
        "measure", "id, status, note", "p_item, new_status, new_note", "id",
        "status = excluded.status, note = excluded.note"),
      "DELETE FROM plandash.measure WHERE id = p_item",
      upsert(
        "actual", "item_id, year, value, note", "p_item, p_year, p_value, new_note",
        "item_id, year", "value = excluded.value, note = excluded.note"),
      "DELETE FROM plandash.actual WHERE item_id = p_item AND year = p_year",
    ].map(recordWriteSQL)
    return """
      IF p_kind = 'measure' AND NOT remove THEN
        \(writes[0])
      ELSIF p_kind = 'measure' THEN
        \(writes[1])
      ELSIF NOT remove THEN
        \(writes[2])
      ELSE
        \(writes[3])
      END IF;
      """
  }

  /// The operation (author and time the server's), `write`, and the log item.
  static func recordWriteSQL(_ write: String) -> String {
    """
    WITH o AS (INSERT INTO plandash.operation (kind, what, at, by, replaced)
        VALUES ('change', p_what, now(), who, holding::text) RETURNING id),
      w AS (\(write)),
      i AS (INSERT INTO plandash.operation_item (operation_id, position, record, item_id, year,
          old_exists, old_status, old_value, old_note, new_exists, new_status, new_value,
          new_note)
        SELECT o.id, 0, p_kind, p_item, p_year, found_row, old_status, old_value, old_note,
          NOT remove, CASE WHEN NOT remove THEN new_status END,
          CASE WHEN NOT remove THEN p_value END, CASE WHEN NOT remove THEN new_note END FROM o)
    SELECT o.id INTO operation_id FROM o;
    """
  }

  /// `plandash.report` as of version 4: a report of one record, sent by the caller itself
  /// (no SET ROLE elsewhere, no other role's function in between), takes the short path;
  /// every other report `apply_report`. Then, as before, it commits and announces.
  static let reportDispatchSQL = """
    CREATE OR REPLACE PROCEDURE plandash.report(p_what text, p_records jsonb,
      INOUT operation_id bigint DEFAULT NULL, INOUT written integer[] DEFAULT NULL,
      INOUT replaced text DEFAULT NULL)
      LANGUAGE plpgsql SECURITY INVOKER AS $$
      DECLARE
        r jsonb := p_records -> 0;
      BEGIN
        IF pg_catalog.jsonb_array_length(p_records) = 1
            AND pg_catalog.jsonb_typeof(r) = 'object'
            AND current_user = coalesce(nullif(pg_catalog.current_setting('role'), 'none'),
              session_user) THEN
          SELECT a.operation_id, a.written, a.replaced INTO operation_id, written, replaced
            FROM plandash.report_record(p_what, (r->>'n')::integer, r->>'kind', r->>'item',
              (r->>'year')::integer, (r->>'remove')::boolean, r->>'status',
              (r->>'keepnote')::boolean, r->>'note', (r->>'value')::double precision,
              (r->>'seen')::bigint) AS a;
        ELSE
          SELECT a.operation_id, a.written, a.replaced
            INTO operation_id, written, replaced
            FROM plandash.apply_report('change', p_what, NULL, p_records) AS a;
        END IF;
        COMMIT;
        IF operation_id IS NOT NULL THEN
          PERFORM pg_catalog.pg_notify('\(channel)', operation_id::text);
        END IF;
      END
    $$;

    """
}

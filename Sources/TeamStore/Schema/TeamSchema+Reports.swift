extension TeamSchema {
  /// Version 2: a report in one round trip. `apply_report` (SECURITY INVOKER: the caller's
  /// rights and row-level security apply as to its own statements) does a whole operation in
  /// the caller's transaction: locks and reads each record (a login that may not write the
  /// table is refused there; row-level security hides from the lock the rows it may not
  /// change), leaves out those that would not change (for a report), refuses the items the
  /// caller may not report on, writes the rest, logs them and says which reports of others
  /// it replaced. `report` (a procedure, so that
  /// it may commit) runs it for a report, commits, and only then announces the operation:
  /// a transaction that notifies holds a lock through its commit, fsync included, so a
  /// notification inside the report's transaction would make reports commit one at a time
  /// (docs/benchmarks.md, issue 13). The announcement's own transaction writes nothing.
  ///
  /// The records come as a JSON array, one object per record (`ReportRecord`): `n` (its place,
  /// which `written` gives back for each record written), `kind` (`measure`/`actual`), `item`, `year` (actuals), `remove`, `status` (null: the
  /// record's own, else `todo`), `keepnote` (a measure's note stays as it is) and `note`,
  /// `value` (actuals), `seen` (the operation the client saw write the record: -1 none, 0 a
  /// record without one; null: the client did not look, and the server looks just before
  /// it locks). What a report changes follows ChangePlanner's rule: records whose value would
  /// not change are left out.
  ///
  /// Version 2's step made the procedure and `apply_report`; it makes version 3's
  /// `apply_report` now, which the step to version 3 puts in place of version 2's.
  static var reportFunctionsSQL: String { applyReportSQL + reportProcedureSQL }

  /// `apply_report` as of version 3: each record's rights checked as it is read (the
  /// expression of `TeamRights`), its statements' plans kept for the session (generic: they
  /// are key lookups, and the rights check, given the item as a parameter, was otherwise
  /// planned afresh at each call), and each write done in place (version 2 called
  /// `write_record` once a record).
  static var applyReportSQL: String {
    """
    CREATE OR REPLACE FUNCTION plandash.apply_report(p_kind text, p_what text,
      p_reverts bigint, p_records jsonb, OUT operation_id bigint, OUT written integer[],
      OUT replaced text)
      LANGUAGE plpgsql SECURITY INVOKER SET search_path = pg_catalog
      SET plan_cache_mode = force_generic_plan AS $$
      DECLARE
        refused text[] := '{}';
        r record;
        writes jsonb[] := '{}';
        w jsonb;
        found_row boolean;
        old_status text;
        old_value double precision;
        old_note text;
        holding bigint;
        looked bigint;
        new_status text;
        new_note text;
        replacing jsonb := '[]';
        place integer := 0;
      BEGIN
        FOR r IN SELECT * FROM jsonb_to_recordset(p_records) AS x(n integer, kind text, item text,
            year integer, remove boolean, status text, keepnote boolean, note text,
            value double precision, seen bigint) ORDER BY x.n LOOP
          looked := r.seen;
          r.remove := coalesce(r.remove, false);
          \(lockRecordSQL)
          IF NOT found_row THEN
            holding := NULL;
          END IF;
          looked := coalesce(looked, -1);
          IF p_kind = 'change' AND (
              (r.remove AND NOT found_row)
              OR (NOT r.remove AND found_row AND old_status IS NOT DISTINCT FROM new_status
                AND old_value IS NOT DISTINCT FROM r.value
                AND old_note IS NOT DISTINCT FROM new_note)) THEN
            CONTINUE;
          END IF;
          IF NOT \(TeamRights.mayReport("r.item")) THEN
            refused := refused || r.item;
          END IF;
          IF p_kind = 'change' AND holding IS NOT NULL AND holding <> looked THEN
            replacing := replacing || jsonb_build_object('item', r.item, 'year', r.year,
              'operation', holding, 'by', (SELECT o.by::text FROM plandash.operation o
                WHERE o.id = holding));
          END IF;
          writes := writes || jsonb_build_object('n', r.n, 'record', r.kind, 'item', r.item,
            'year', r.year, 'delete', r.remove, 'oldExists', found_row,
            'oldStatus', old_status, 'oldValue', old_value, 'oldNote', old_note,
            'status', new_status, 'value', r.value, 'note', new_note);
        END LOOP;
        written := '{}';
        IF cardinality(writes) = 0 THEN
          RETURN;
        END IF;
        IF cardinality(refused) > 0 THEN
          RAISE EXCEPTION 'not yours' USING ERRCODE = '\(notYoursState)',
            DETAIL = (SELECT string_agg(DISTINCT x, E'\\n' ORDER BY x) FROM unnest(refused) x);
        END IF;
        replaced := CASE WHEN jsonb_array_length(replacing) > 0 THEN replacing::text END;
        INSERT INTO plandash.operation (kind, what, reverts, replaced)
          VALUES (p_kind, p_what, p_reverts, (SELECT string_agg(e->>'operation', ',')
            FROM jsonb_array_elements(replacing) AS e))
          RETURNING id INTO operation_id;
        FOREACH w IN ARRAY writes LOOP
          \(writeRecordSQL)
          written := written || (w->>'n')::integer;
          place := place + 1;
        END LOOP;
      END
    $$;

    """
  }

  /// One record of a report locked and read (`r`, a row of the report's records): its value,
  /// note and operation before the report (`old_…`, `holding`, `found_row`), the operation the
  /// client saw write it (`looked`, read here when the client did not look) and what the
  /// report makes of its status and note (`new_…`).
  static let lockRecordSQL = """
    IF r.kind = 'measure' THEN
      IF looked IS NULL THEN
        SELECT coalesce(m.operation_id, 0) INTO looked FROM plandash.measure m
          WHERE m.id = r.item;
      END IF;
      SELECT m.status, m.note, coalesce(m.operation_id, 0)
        INTO old_status, old_note, holding
        FROM plandash.measure m WHERE m.id = r.item FOR UPDATE;
      found_row := FOUND;
      old_value := NULL;
      new_status := coalesce(r.status, old_status, 'todo');
      new_note := CASE WHEN r.keepnote THEN old_note ELSE r.note END;
    ELSE
      IF looked IS NULL THEN
        SELECT coalesce(a.operation_id, 0) INTO looked FROM plandash.actual a
          WHERE a.item_id = r.item AND a.year = r.year;
      END IF;
      SELECT a.value, a.note, coalesce(a.operation_id, 0)
        INTO old_value, old_note, holding
        FROM plandash.actual a WHERE a.item_id = r.item AND a.year = r.year FOR UPDATE;
      found_row := FOUND;
      old_status := NULL;
      new_status := NULL;
      new_note := r.note;
    END IF;
    """

  /// One record's new value put in place (or the record removed), and its log item: the
  /// record `w` (a JSON object built by `apply_report`), as the operation's `place`th item.
  static let writeRecordSQL = """
    IF w->>'record' = 'measure' AND (w->>'delete')::boolean THEN
      DELETE FROM plandash.measure WHERE id = w->>'item';
    ELSIF w->>'record' = 'measure' THEN
      INSERT INTO plandash.measure (id, status, note, operation_id)
        VALUES (w->>'item', w->>'status', w->>'note', apply_report.operation_id)
        ON CONFLICT (id) DO UPDATE SET status = excluded.status, note = excluded.note,
          operation_id = excluded.operation_id;
    ELSIF (w->>'delete')::boolean THEN
      DELETE FROM plandash.actual WHERE item_id = w->>'item'
        AND year = (w->>'year')::integer;
    ELSE
      INSERT INTO plandash.actual (item_id, year, value, note, operation_id)
        VALUES (w->>'item', (w->>'year')::integer, (w->>'value')::double precision,
          w->>'note', apply_report.operation_id)
        ON CONFLICT (item_id, year) DO UPDATE SET value = excluded.value,
          note = excluded.note, operation_id = excluded.operation_id;
    END IF;
    INSERT INTO plandash.operation_item (operation_id, position, record, item_id, year,
      old_exists, old_status, old_value, old_note, new_exists, new_status, new_value,
      new_note)
    VALUES (apply_report.operation_id, place, w->>'record', w->>'item',
      (w->>'year')::integer, (w->>'oldExists')::boolean, w->>'oldStatus',
      (w->>'oldValue')::double precision, w->>'oldNote', NOT (w->>'delete')::boolean,
      CASE WHEN NOT (w->>'delete')::boolean THEN w->>'status' END,
      CASE WHEN NOT (w->>'delete')::boolean THEN (w->>'value')::double precision END,
      CASE WHEN NOT (w->>'delete')::boolean THEN w->>'note' END);
    """

  /// The procedure a lone report is sent as (version 2).
  static let reportProcedureSQL = """
    CREATE PROCEDURE plandash.report(p_what text, p_records jsonb,
      INOUT operation_id bigint DEFAULT NULL, INOUT written integer[] DEFAULT NULL,
      INOUT replaced text DEFAULT NULL)
      LANGUAGE plpgsql SECURITY INVOKER AS $$
      BEGIN
        SELECT a.operation_id, a.written, a.replaced
          INTO operation_id, written, replaced
          FROM plandash.apply_report('change', p_what, NULL, p_records) AS a;
        COMMIT;
        IF operation_id IS NOT NULL THEN
          PERFORM pg_catalog.pg_notify('plandash_progress', operation_id::text);
        END IF;
      END
    $$;
    REVOKE ALL ON FUNCTION plandash.apply_report(text, text, bigint, jsonb) FROM PUBLIC;
    REVOKE ALL ON PROCEDURE plandash.report(text, jsonb, bigint, integer[], text) FROM PUBLIC;
    GRANT EXECUTE ON FUNCTION plandash.apply_report(text, text, bigint, jsonb)
      TO \(TeamPolicies.readers);
    GRANT EXECUTE ON PROCEDURE plandash.report(text, jsonb, bigint, integer[], text)
      TO \(TeamPolicies.readers);

    """
}

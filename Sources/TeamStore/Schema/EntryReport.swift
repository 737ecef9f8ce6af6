/// `plandash.apply_report` as of schema version 5: an operation of several records, an undo
/// or a redo, in the caller's transaction. It runs as the owner (SECURITY DEFINER) and checks
/// the caller itself: a login without the right to report at all (a viewer) is refused with
/// PostgreSQL's own words; then each record's newest row is read, a record whose value would
/// not change is left out (for a change; ChangePlanner's rule), the items the caller may not
/// report on are refused together (SQLSTATE PD001, one a line in the detail), and the rest
/// are appended as one operation, each row one more than its record's newest, with the
/// server's author and time. A report of one record does not come here: it is one row the
/// client appends itself (`TeamStore+Report`).
///
/// The records come as a JSON array (`ReportRecord`): `n`, `kind`, `item`, `year`, `remove`,
/// `status` (null: the record's own, else `todo`), `keepnote`, `note`, `value`, `seen` (the
/// change number the client saw there: 0 none; null: it did not look). It answers the
/// operation, what each record now holds (`written`: `[{n, seq, present, status, value,
/// note}]`) and the reports of others it replaced (`[{item, year, operation, by}]`).
enum EntryReport {
  /// As version 5 made it: the rights read by `TeamRights`.
  static var sql: String { sql(rights: TeamRights.mayReport) }

  /// The function, made or replaced; `rights(item, login)`: whether the login may report on
  /// the item, as an SQL expression (version 6: `ReportingRights`).
  static func sql(rights: (_ item: String, _ login: String) -> String) -> String {
    """
    CREATE OR REPLACE FUNCTION plandash.apply_report(p_kind text, p_what text, p_reverts bigint,
      p_records jsonb, OUT operation_id bigint, OUT written text, OUT replaced text)
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog
      SET plan_cache_mode = force_generic_plan AS $$
      DECLARE
        who name := \(TeamSchema.callerSQL);
        r record;
        cur record;
        found_row boolean;
        newest integer;
        new_status text;
        new_note text;
        refused text[] := '{}';
        writes jsonb[] := '{}';
        w jsonb;
        replacing jsonb := '[]';
        place integer := 0;
        done jsonb := '[]';
      BEGIN
        IF NOT has_any_column_privilege(who, 'plandash.entry', 'INSERT') THEN
          RAISE EXCEPTION 'permission denied for table entry' USING ERRCODE = '42501';
        END IF;
        FOR r IN SELECT * FROM jsonb_to_recordset(p_records) AS x(n integer, kind text,
            item text, year integer, remove boolean, status text, keepnote boolean, note text,
            value double precision, seen integer) ORDER BY x.n LOOP
          \(readNewestSQL)
          \(planWriteSQL(rights: rights("r.item", "who")))
        END LOOP;
        written := '[]';
        IF cardinality(writes) = 0 THEN
          RETURN;
        END IF;
        IF cardinality(refused) > 0 THEN
          RAISE EXCEPTION 'not yours' USING ERRCODE = '\(TeamSchema.notYoursState)',
            DETAIL = (SELECT string_agg(DISTINCT x, E'\\n' ORDER BY x) FROM unnest(refused) x);
        END IF;
        replaced := CASE WHEN jsonb_array_length(replacing) > 0 THEN replacing::text END;
        operation_id := nextval('plandash.operation_number');
        FOREACH w IN ARRAY writes LOOP
          \(appendSQL)
          done := done || jsonb_build_array(w - 'kind' - 'item' - 'year');
          place := place + 1;
        END LOOP;
        written := done::text;
      END
    $$;
    REVOKE ALL ON FUNCTION plandash.apply_report(text, text, bigint, jsonb) FROM PUBLIC;
    GRANT EXECUTE ON FUNCTION plandash.apply_report(text, text, bigint, jsonb)
      TO \(TeamPolicies.readers);

    """
  }

  /// The record's newest row, and what it holds now.
  static let readNewestSQL = """
    r.remove := coalesce(r.remove, false);
    r.year := CASE WHEN r.kind = 'actual' THEN r.year ELSE 0 END;
    SELECT e.seq, e.present, e.status, e.value, e.note, e.operation, e.by INTO cur
      FROM plandash.entry e WHERE e.record = r.kind AND e.item_id = r.item AND e.year = r.year
      ORDER BY e.seq DESC LIMIT 1;
    newest := CASE WHEN FOUND THEN cur.seq ELSE 0 END;
    found_row := FOUND AND cur.present;
    IF NOT found_row THEN
      cur.status := NULL;
      cur.value := NULL;
      cur.note := NULL;
    END IF;
    """

  /// What the record is to hold; left out when a change would not change it; refused when
  /// the caller may not report on it; a report of another's the client did not see, replaced.
  static func planWriteSQL(rights mayReport: String) -> String {
    """
    new_status := CASE WHEN r.kind = 'measure' AND NOT r.remove
      THEN coalesce(r.status, cur.status, 'todo') END;
    new_note := CASE WHEN r.remove THEN NULL WHEN r.kind = 'measure' AND r.keepnote
      THEN cur.note ELSE r.note END;
    IF p_kind = 'change' AND ((r.remove AND NOT found_row) OR (NOT r.remove AND found_row
        AND cur.status IS NOT DISTINCT FROM new_status
        AND cur.value IS NOT DISTINCT FROM r.value AND cur.note IS NOT DISTINCT FROM new_note))
    THEN
      CONTINUE;
    END IF;
    IF NOT \(mayReport) THEN
      refused := refused || r.item;
    END IF;
    IF p_kind = 'change' AND r.seen IS NOT NULL AND r.seen <> newest AND newest > 0 THEN
      replacing := replacing || jsonb_build_object('item', r.item, 'year',
        CASE WHEN r.kind = 'actual' THEN r.year END, 'operation', cur.operation, 'by', cur.by);
    END IF;
    writes := writes || jsonb_build_object('n', r.n, 'kind', r.kind, 'item', r.item,
      'year', r.year, 'seq', newest + 1, 'present', NOT r.remove, 'status', new_status,
      'value', CASE WHEN NOT r.remove THEN r.value END, 'note', new_note);
    """
  }

  /// One row of the operation, the caller its author.
  static let appendSQL = """
    INSERT INTO plandash.entry (operation, position, kind, what, record, item_id, year, seq,
      present, status, value, note, at, by, reverts, replaced)
    VALUES (operation_id, place, p_kind, p_what, w->>'kind', w->>'item',
      (w->>'year')::integer, (w->>'seq')::integer, (w->>'present')::boolean, w->>'status',
      (w->>'value')::double precision, w->>'note', now(), who, p_reverts,
      (SELECT string_agg(e->>'operation', ',') FROM jsonb_array_elements(replacing) AS e));
    """
}

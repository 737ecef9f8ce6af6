extension TeamSchema {
  /// Version 5: the log is the store (docs/team.md, "Schema (version 6)";
  /// docs/benchmarks.md, issue 13). Every change of a record is one row of `plandash.entry`:
  /// the record, its change number (`seq`: 1, 2, … for each record, unique, so that two
  /// reports of one record at once collide and the later is told what it replaced), its new
  /// value, and the server's author, time and review. A record is its newest row; a change's
  /// old value is the row before it. A report of one record is one row appended, its right
  /// checked by one policy; an operation of several records, an undo or a redo is several rows
  /// sharing an operation number, written by `plandash.apply_report`. Version 4's tables
  /// become views of the same names, so that what reads them reads the same.
  static var version5SQL: String {
    entryTableSQL + EntryCopy.sql + dropVersion4SQL + EntryViews.sql + EntryRights.sql
      + EntryReport.sql
  }

  static let entryTableSQL = """
    CREATE SEQUENCE plandash.operation_number;
    SELECT setval('plandash.operation_number',
      coalesce((SELECT max(id) FROM plandash.operation), 0) + 1, false);
    CREATE TABLE plandash.entry (
      operation bigint NOT NULL DEFAULT nextval('plandash.operation_number'),
      position integer NOT NULL DEFAULT 0,
      kind text NOT NULL DEFAULT 'change' CHECK (kind IN ('change', 'undo', 'redo')),
      what text NOT NULL,
      record text NOT NULL CHECK (record IN ('measure', 'actual')),
      item_id text NOT NULL,
      year integer NOT NULL DEFAULT 0,
      seq integer NOT NULL CHECK (seq > 0),
      present boolean NOT NULL DEFAULT true,
      status text CHECK (status IN ('todo', 'in-progress', 'done', 'blocked')),
      value double precision,
      note text,
      at timestamptz NOT NULL DEFAULT now(),
      by name NOT NULL DEFAULT current_user,
      reverts bigint,
      undone boolean NOT NULL DEFAULT false,
      replaced text,
      review text NOT NULL DEFAULT 'pending' CHECK (review IN ('pending', 'accepted', 'returned')),
      review_note text,
      reviewed_by name,
      reviewed_at timestamptz,
      PRIMARY KEY (operation, position),
      CONSTRAINT entry_record_seq UNIQUE (record, item_id, year, seq),
      CHECK ((record = 'measure') = (year = 0)),
      CHECK (NOT present OR (record = 'measure') = (status IS NOT NULL)),
      CHECK (NOT present OR (record = 'actual') = (value IS NOT NULL))
    );

    """

  /// Version 4's tables, triggers and report functions, once copied.
  static let dropVersion4SQL = """
    DROP PROCEDURE IF EXISTS plandash.report(text, jsonb, bigint, integer[], text);
    DROP FUNCTION IF EXISTS plandash.report_record(text, integer, text, text, integer, boolean,
      text, boolean, text, double precision, bigint);
    DROP FUNCTION IF EXISTS plandash.apply_report(text, text, bigint, jsonb);
    DROP TABLE plandash.measure, plandash.actual, plandash.operation_item, plandash.operation;
    DROP FUNCTION IF EXISTS plandash.stamp_record();
    DROP FUNCTION IF EXISTS plandash.stamp_operation();

    """
}

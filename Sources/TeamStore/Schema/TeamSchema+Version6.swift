extension TeamSchema {
  /// Version 6: the same rights and the same log, a report's server time cut by about a
  /// third (docs/benchmarks.md, issue 13; docs/team.md, "Schema (version 6)"):
  /// - who may report on what is a table (`ReportingRights`), kept by triggers, so a report's
  ///   policy looks up one row where it joined three tables;
  /// - the log's enumerated columns are domains (`EntryDomains`), where they were CHECK
  ///   constraints, which PostgreSQL reads back and plans again at every statement that writes
  ///   the table; the rule tying a row's columns together (a measure has a status and no year,
  ///   a figure has a value) is part of the policies every writer but a superuser meets
  ///   (the migration writes as the owner), planned with the statement;
  /// - every function that runs as the owner (SECURITY DEFINER) searches the caller's
  ///   temporary schema last, never first, so that no caller's temporary table, view or type
  ///   can stand in for a name the function means.
  static var version6SQL: String {
    ReportingRights.sql + dropEntryViewsSQL + EntryDomains.sql + entryPoliciesVersion6SQL
      + EntryViews.sql + EntryReport.sql(rights: ReportingRights.mayReport)
        + """
        CREATE OR REPLACE FUNCTION plandash.may_report(item text) RETURNS boolean LANGUAGE sql
          STABLE SET search_path = pg_catalog AS $$
          SELECT \(ReportingRights.mayReport("item"))
        $$;
        \(definerSearchPathSQL)

        """
  }

  /// The search path of a function that runs as the owner: PostgreSQL searches the
  /// session's temporary schema first for tables and types unless the path names it, so it
  /// is named, last (PostgreSQL's advice for SECURITY DEFINER functions).
  static let definerSearchPath = "pg_catalog, pg_temp"

  /// Sets `definerSearchPath` on every SECURITY DEFINER function of the schema.
  static let definerSearchPathSQL = """
    DO $$
      DECLARE f regprocedure;
      BEGIN
        FOR f IN SELECT p.oid FROM pg_catalog.pg_proc p
            WHERE p.pronamespace = 'plandash'::regnamespace AND p.prosecdef LOOP
          EXECUTE format('ALTER FUNCTION %s SET search_path = \(definerSearchPath)', f);
        END LOOP;
      END
    $$;
    """

  /// The views of `entry` (EntryViews), made again once its columns' types change.
  static let dropEntryViewsSQL = """
    DROP VIEW plandash.measure, plandash.actual, plandash.operation_item, plandash.operation;

    """

  /// A row's columns agree: a measure's change has no year and, while the record is there,
  /// a status; a figure's has a year and a value.
  static let entryShapeSQL = """
    ((record = 'measure') = (year = 0)
      AND (NOT present OR (record = 'measure') = (status IS NOT NULL))
      AND (NOT present OR (record = 'actual') = (value IS NOT NULL)))
    """

  /// The report policy with the rights' table and the row's shape; the owner's functions
  /// (`apply_report`, the migration) meet the shape in the owner's policy.
  static var entryPoliciesVersion6SQL: String {
    """
    CREATE POLICY report ON plandash.entry FOR INSERT TO \(TeamPolicies.writers)
      WITH CHECK (\(ReportingRights.mayReport("entry.item_id")) AND \(EntryRights.follows)
        AND \(entryShapeSQL));
    ALTER POLICY owner_all ON plandash.entry WITH CHECK (\(entryShapeSQL));

    """
  }
}

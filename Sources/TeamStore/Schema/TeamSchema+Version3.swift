extension TeamSchema {
  /// Version 3: the same rights, a report's server time cut several-fold (docs/benchmarks.md,
  /// issue 13). Version 2 spent most of a report in `plandash.may_report`, called about six
  /// times a report from the policies and `apply_report`: a SQL function with its own
  /// `search_path` is never inlined, so its query was planned again at every statement, and
  /// its `target_id || '.comparator' = item` read the whole of `measure_target` each time.
  /// Now the unit's policies and `apply_report` hold the rights' expression itself
  /// (`TeamRights`: index lookups, planned with the statement, once a session in PL/pgSQL);
  /// `may_report` stays, for psql, with that expression; the triggers ask whether the owner
  /// migrates without calling a function; `apply_report` writes each record itself
  /// (`write_record` goes).
  static var version3SQL: String {
    TeamPolicies.unitPolicyNames.map { "DROP POLICY \($0.0) ON plandash.\($0.1);\n" }.joined()
      + TeamPolicies.unitPolicies { TeamRights.mayReport($0) }
        + """
        CREATE OR REPLACE FUNCTION plandash.may_report(item text) RETURNS boolean LANGUAGE sql
          STABLE SET search_path = pg_catalog AS $$
          SELECT \(TeamRights.mayReport("item"))
        $$;

        """
      + stampFunctionsSQL(migrating: TeamRights.migrating)
      + applyReportSQL
      + "DROP FUNCTION IF EXISTS plandash.write_record(jsonb, bigint, integer);\n"
  }
}

/// Grants and row-level-security policies. Every table: `FORCE ROW LEVEL SECURITY`, read by
/// all three groups, written by the owner's functions; the office writes everything but the
/// member list (changed only through `grant_login`/`revoke_login`) and reviews; a unit writes
/// only records of items it may report on and operations under its own name; a viewer only
/// reads. Nobody but the owner may TRUNCATE.
enum TeamPolicies {
  static let readers = "plandash_office, plandash_unit, plandash_viewer"
  static let writers = "plandash_office, plandash_unit"

  /// Tables only the office writes.
  static let officeTables = [
    "plan_version", "plan_file", "measure_unit", "measure_target", "period",
  ]

  static var sql: String {
    var sql = """
      REVOKE ALL ON ALL TABLES IN SCHEMA plandash FROM PUBLIC;
      REVOKE ALL ON ALL SEQUENCES IN SCHEMA plandash FROM PUBLIC;
      REVOKE ALL ON SCHEMA plandash FROM PUBLIC;
      GRANT USAGE ON SCHEMA plandash TO \(readers);
      GRANT SELECT ON ALL TABLES IN SCHEMA plandash TO \(readers);
      GRANT USAGE ON ALL SEQUENCES IN SCHEMA plandash TO \(writers);
      GRANT INSERT, UPDATE, DELETE ON plandash.measure, plandash.actual TO \(writers);
      GRANT INSERT ON plandash.operation, plandash.operation_item TO \(writers);
      GRANT UPDATE (undone) ON plandash.operation TO plandash_unit;
      GRANT UPDATE (undone, review, review_note) ON plandash.operation TO plandash_office;
      GRANT INSERT, UPDATE, DELETE ON \(officeTables.map { "plandash." + $0 }.joined(separator: ", "))
        TO plandash_office;

      """
    for table in TeamSchema.tables {
      sql += """
        ALTER TABLE plandash.\(table) ENABLE ROW LEVEL SECURITY;
        ALTER TABLE plandash.\(table) FORCE ROW LEVEL SECURITY;
        CREATE POLICY owner_all ON plandash.\(table) TO plandash_owner USING (true) WITH CHECK (true);
        CREATE POLICY read ON plandash.\(table) FOR SELECT TO \(readers) USING (true);

        """
      if table != "member" && table != "schema_version" {
        sql += """
          CREATE POLICY office_write ON plandash.\(table) TO plandash_office
            USING (true) WITH CHECK (true);

          """
      }
    }
    return sql + unitPolicies { "plandash.may_report(\($0))" }
  }

  /// The unit's policies, with `may` the SQL that says whether the caller may report on an
  /// item (given as an SQL expression): version 1 called `plandash.may_report`; version 3
  /// puts `TeamRights.mayReport` in the policies themselves.
  static func unitPolicies(may: (String) -> String) -> String {
    """
    CREATE POLICY unit_insert ON plandash.measure FOR INSERT TO plandash_unit
      WITH CHECK (\(may("id")));
    CREATE POLICY unit_update ON plandash.measure FOR UPDATE TO plandash_unit
      USING (\(may("id"))) WITH CHECK (\(may("id")));
    CREATE POLICY unit_delete ON plandash.measure FOR DELETE TO plandash_unit
      USING (\(may("id")));
    CREATE POLICY unit_insert ON plandash.actual FOR INSERT TO plandash_unit
      WITH CHECK (\(may("item_id")));
    CREATE POLICY unit_update ON plandash.actual FOR UPDATE TO plandash_unit
      USING (\(may("item_id"))) WITH CHECK (\(may("item_id")));
    CREATE POLICY unit_delete ON plandash.actual FOR DELETE TO plandash_unit
      USING (\(may("item_id")));
    CREATE POLICY unit_insert ON plandash.operation FOR INSERT TO plandash_unit
      WITH CHECK (by = current_user);
    CREATE POLICY unit_update ON plandash.operation FOR UPDATE TO plandash_unit
      USING (by = current_user) WITH CHECK (by = current_user);
    CREATE POLICY unit_insert ON plandash.operation_item FOR INSERT TO plandash_unit
      WITH CHECK (\(may("item_id")) AND EXISTS (
        SELECT 1 FROM plandash.operation o WHERE o.id = operation_id AND o.by = current_user));

    """
  }

  /// The policies `unitPolicies` makes (name, table), for replacing them.
  static let unitPolicyNames = [
    ("unit_insert", "measure"), ("unit_update", "measure"), ("unit_delete", "measure"),
    ("unit_insert", "actual"), ("unit_update", "actual"), ("unit_delete", "actual"),
    ("unit_insert", "operation"), ("unit_update", "operation"), ("unit_insert", "operation_item"),
  ]
}

/// The log's enumerated columns as domains (schema version 6): a change's kind, its record,
/// its number, a measure's status and a review's state. A domain's check is parsed and
/// planned once a session (PostgreSQL keeps it with the type), where a table's CHECK
/// constraints are read back and planned again at every statement that writes a row
/// (about a fifth of a report's server time: docs/benchmarks.md, issue 13). The step drops
/// the log's CHECK constraints (version 5's, by whatever names they were given) and the
/// report policy, which PostgreSQL will not let a column's type change under; version 6
/// makes the policy again.
enum EntryDomains {
  /// Each domain: its name, base type and check (of `VALUE`), and the column it types.
  static let domains: [(name: String, base: String, check: String, column: String)] = [
    ("change_kind", "text", "VALUE IN ('change', 'undo', 'redo')", "kind"),
    ("record_kind", "text", "VALUE IN ('measure', 'actual')", "record"),
    ("change_number", "integer", "VALUE > 0", "seq"),
    ("measure_status", "text", "VALUE IN ('todo', 'in-progress', 'done', 'blocked')", "status"),
    ("review_state", "text", "VALUE IN ('pending', 'accepted', 'returned')", "review"),
  ]

  static var sql: String {
    let create = domains.map {
      "CREATE DOMAIN plandash.\($0.name) AS \($0.base) CHECK (\($0.check));"
    }
    let alter = domains.map { "ALTER \($0.column) TYPE plandash.\($0.name)" }
    return """
      DROP POLICY report ON plandash.entry;
      DO $$
        DECLARE c name;
        BEGIN
          FOR c IN SELECT conname FROM pg_catalog.pg_constraint
              WHERE conrelid = 'plandash.entry'::regclass AND contype = 'c' LOOP
            EXECUTE format('ALTER TABLE plandash.entry DROP CONSTRAINT %I', c);
          END LOOP;
        END
      $$;
      \(create.joined(separator: "\n"))
      ALTER TABLE plandash.entry \(alter.joined(separator: ", "));

      """
  }
}

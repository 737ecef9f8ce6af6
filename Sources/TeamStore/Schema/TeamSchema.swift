/// The team store's schema, version 6, in the `plandash` schema of the database. Every table
/// is owned by `plandash_owner` (a role that cannot log in), has `FORCE ROW LEVEL SECURITY`
/// and policies per group role; no login owns anything. Progress is its log,
/// `plandash.entry` (TeamSchema+Version5): the author and time of every report are the
/// server's (`current_user`, `now()`), which no reporting login may set. See docs/team.md.
enum TeamSchema {
  static let currentVersion = 6

  /// Where commits are announced (`NOTIFY`), with the operation number as payload.
  static let channel = "plandash_progress"

  /// The SQLSTATE `apply_report` refuses items with, naming them one a line in its detail.
  static let notYoursState = "PD001"

  /// The group roles: the office (everything, review), units (their own measures), viewers.
  static let groups = ["plandash_office", "plandash_unit", "plandash_viewer"]
  static let owner = "plandash_owner"

  /// Version 1's tables, in creation order (version 5 puts `entry` in place of the last four).
  static let tables = [
    "schema_version", "member", "plan_version", "plan_file", "measure_unit", "measure_target",
    "period", "operation", "operation_item", "measure", "actual",
  ]

  /// The tables of the current version (version 1's, with `entry` in place of the log and
  /// records, which are views now, and the rights worked out: `reporting_right`).
  static let currentTables = Array(tables.prefix(7)) + ["entry", "reporting_right"]

  static var version1: String { tablesSQL + functionsSQL + TeamPolicies.sql }

  /// What each later version adds to the one before, run as the owner by `team init` on a
  /// store at an older version (a new store gets version 1 and every step).
  static var upgrades: [(version: Int, sql: String)] {
    [
      (2, reportFunctionsSQL), (3, version3SQL), (4, version4SQL), (5, version5SQL),
      (6, version6SQL),
    ]
  }
}

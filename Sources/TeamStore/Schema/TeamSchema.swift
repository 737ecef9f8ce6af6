/// The team store's schema, version 4, in the `plandash` schema of the database. Every table
/// is owned by `plandash_owner` (a role that cannot log in), has `FORCE ROW LEVEL SECURITY`
/// and policies per group role; no login owns anything. The author and time of every record
/// and report are set by the server (`current_user`, `now()`) in triggers, whatever the
/// client sends. See docs/team.md.
enum TeamSchema {
  static let currentVersion = 4

  /// Where commits are announced (`NOTIFY`), with the operation number as payload.
  static let channel = "plandash_progress"

  /// The SQLSTATE `apply_report` refuses items with, naming them one a line in its detail.
  static let notYoursState = "PD001"

  /// The group roles: the office (everything, review), units (their own measures), viewers.
  static let groups = ["plandash_office", "plandash_unit", "plandash_viewer"]
  static let owner = "plandash_owner"

  /// Tables, in creation order.
  static let tables = [
    "schema_version", "member", "plan_version", "plan_file", "measure_unit", "measure_target",
    "period", "operation", "operation_item", "measure", "actual",
  ]

  static var version1: String { tablesSQL + functionsSQL + TeamPolicies.sql }

  /// What each later version adds to the one before, run as the owner by `team init` on a
  /// store at an older version (a new store gets version 1 and every step).
  static var upgrades: [(version: Int, sql: String)] {
    [(2, reportFunctionsSQL), (3, version3SQL), (4, version4SQL)]
  }
}

/// Whether the caller may report on an item, as one SQL expression (schema version 3): the
/// office on anything; a unit's login on the measures naming its unit as 牵头 or 责任 (in its
/// region, where bound to one) and on the targets those measures are tied to (and their
/// comparator series, `<target>.comparator`). The same rights as version 1's
/// `plandash.may_report`, written so that each part is one index lookup (the member by
/// login; the measure's units by measure; the target's measures by target) and placed in
/// the policies themselves: a policy's subqueries are planned with its statement, once a
/// session in a PL/pgSQL function, where a function called per row was planned again at
/// every statement (docs/benchmarks.md, issue 13). Since version 5 it is the `report`
/// policy of the log (EntryRights), and `plandash.apply_report` checks it for the caller it
/// names (EntryReport).
enum TeamRights {
  /// The expression for the item `item` (an SQL expression of type text) and the login
  /// `login` (the caller, `current_user`, unless given: `plandash.apply_report` runs as the
  /// owner and names the caller itself). Policies are parsed when created, so its names are
  /// bound then, whatever a caller's `search_path`.
  static func mayReport(_ item: String, login: String = "current_user") -> String {
    """
    (pg_catalog.pg_has_role(\(login), 'plandash_office', 'MEMBER') OR EXISTS (
        SELECT 1 FROM plandash.member m JOIN plandash.measure_unit u ON u.unit = m.unit
        WHERE m.login = \(login) AND m.kind = 'unit'
          AND (m.region IS NULL OR u.region = m.region) AND u.measure_id = \(item))
      OR EXISTS (
        SELECT 1 FROM plandash.member m JOIN plandash.measure_unit u ON u.unit = m.unit
        JOIN plandash.measure_target t ON t.measure_id = u.measure_id
        WHERE m.login = \(login) AND m.kind = 'unit'
          AND (m.region IS NULL OR u.region = m.region)
          AND t.target_id IN (\(item),
            CASE WHEN right(\(item), 11) = '.comparator' THEN left(\(item), -11) END)))
    """
  }

  /// Whether the caller is migrating a local store (`plandash store migrate`, which keeps
  /// the original authors and times): only the owner's members may ask for that.
  static let migrating = """
    (coalesce(current_setting('plandash.migrating', true), '') = 'on'
      AND pg_has_role(current_user, 'plandash_owner', 'MEMBER'))
    """
}

import PostgresNIO

/// `plandash team init`: the schema, group roles, owner role and policies, in one
/// transaction under an advisory lock, so two at once do it once. A second run changes
/// nothing; a database whose team schema is newer than this plandash's is refused.
public enum TeamSetup {
  public enum Outcome: Equatable, Sendable {
    /// The schema was created at this version.
    case created(version: Int)
    /// The schema was there, at this version; nothing changed.
    case unchanged(version: Int)
    /// The schema was there at an older version and was brought up to this one.
    case upgraded(from: Int, to: Int)
  }

  /// The schema version of the team store in this database, or nil where there is none.
  static func schemaVersion(_ connection: TeamConnection) throws -> Int? {
    let exists =
      try connection.query(
        "SELECT to_regclass('plandash.schema_version') IS NOT NULL"
      ).first?.decode(Bool.self) ?? false
    guard exists else { return nil }
    let version = try connection.query("SELECT max(version) FROM plandash.schema_version")
      .first?.decode(Int32?.self)
    return version.map(Int.init) ?? 0
  }

  /// Creates the schema, or brings an older one up to this version (`through`: an older
  /// version, for tests of the upgrade).
  public static func initialise(_ connection: TeamConnection) throws -> Outcome {
    try initialise(connection, through: TeamSchema.currentVersion)
  }

  static func initialise(_ connection: TeamConnection, through last: Int) throws -> Outcome {
    try connection.transaction {
      try connection.execute("SELECT pg_advisory_xact_lock(7331013)")
      if let version = try schemaVersion(connection) {
        if version > TeamSchema.currentVersion {
          throw TeamStoreError.newerSchema(
            store: connection.url.description, found: version,
            supported: TeamSchema.currentVersion)
        }
        if version >= last { return .unchanged(version: version) }
        try upgrade(connection, from: version, to: last)
        return .upgraded(from: version, to: last)
      }
      try connection.execute(rolesSQL)
      try connection.execute("CREATE SCHEMA plandash AUTHORIZATION plandash_owner")
      try asOwner(connection) { try connection.execute(TeamSchema.version1) }
      try upgrade(connection, from: 1, to: last)
      try connection.execute(adminSQL)
      return .created(version: last)
    }
  }

  /// Runs, as the owner, each step after `version` up to `last` and records the version
  /// reached.
  static func upgrade(_ connection: TeamConnection, from version: Int, to last: Int) throws {
    try asOwner(connection) {
      for step in TeamSchema.upgrades where step.version > version && step.version <= last {
        try connection.execute(step.sql)
      }
      try connection.execute("INSERT INTO plandash.schema_version (version) VALUES (\(last))")
    }
  }

  /// Runs `body` as the owner, within the transaction (tables and functions are the owner's).
  private static func asOwner(_ connection: TeamConnection, _ body: () throws -> Void) throws {
    try connection.execute("SET LOCAL ROLE plandash_owner")
    try body()
    try connection.execute("RESET ROLE")
  }

  /// The owner (no login; may create roles, for `grant_login`) and the three groups, made
  /// where missing (roles belong to the whole server, not to one database). An administrator
  /// who is not a superuser is made a member of the owner, to create its tables.
  static let rolesSQL = """
    DO $$
    DECLARE
      r record;
    BEGIN
      FOR r IN SELECT * FROM (VALUES
        ('plandash_owner', 'NOLOGIN CREATEROLE'), ('plandash_office', 'NOLOGIN'),
        ('plandash_unit', 'NOLOGIN'), ('plandash_viewer', 'NOLOGIN')) AS v(name, options)
      LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r.name) THEN
          BEGIN
            EXECUTE format('CREATE ROLE %I %s', r.name, r.options);
          EXCEPTION WHEN duplicate_object OR unique_violation THEN
            -- Made at the same moment by an init in another database of this server (the
            -- advisory lock is per database; roles are per server): it is there now.
            NULL;
          END;
        END IF;
      END LOOP;
      IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
        EXECUTE format('GRANT plandash_owner TO %I', current_user);
      END IF;
    END
    $$;
    """

  /// The administrator who ran `init` is the first of the office.
  static let adminSQL = """
    DO $$
    BEGIN
      IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
        EXECUTE format('GRANT plandash_office TO %I', current_user);
      END IF;
      INSERT INTO plandash.member (login, kind) VALUES (current_user, 'office')
        ON CONFLICT DO NOTHING;
    END
    $$;
    """
}

import Testing

@testable import TeamStore

@Suite("Team store addresses, ~/.pgpass and SQL scripts")
struct TeamURLTests {
  @Test func readsEveryPart() throws {
    let url = try TeamURL("postgres://unit1:s3cret@db.example:6543/plans?sslmode=require")
    #expect(url.user == "unit1")
    #expect(url.password == "s3cret")
    #expect(url.host == "db.example")
    #expect(url.port == 6543)
    #expect(url.database == "plans")
    #expect(url.sslMode == .require)
    #expect(!url.description.contains("s3cret"))
  }

  @Test func defaultsToPreferAndPort5432() throws {
    let url = try TeamURL("postgresql://office@localhost/plans")
    #expect(url.sslMode == .prefer)
    #expect(url.port == 5432)
    #expect(url.password == nil)
  }

  @Test func aSocketFolderForPeerLogin() throws {
    let encoded = try TeamURL("postgres://me@%2Fvar%2Frun%2Fpostgresql/plans")
    #expect(encoded.isUnixSocket)
    #expect(encoded.socketPath == "/var/run/postgresql/.s.PGSQL.5432")
    let query = try TeamURL("postgres://me@localhost:5433/plans?host=/tmp/sock")
    #expect(query.socketPath == "/tmp/sock/.s.PGSQL.5433")
  }

  @Test func malformedAddressesSayWhatIsWrongWithoutThePassword() {
    #expect(
      throws: TeamStoreError.badAddress(
        "postgres://u:***@h/db?sslmode=sometimes", .badSSLMode("sometimes"))
    ) {
      try TeamURL("postgres://u:pw@h/db?sslmode=sometimes")
    }
    #expect(throws: TeamStoreError.badAddress("postgres://u@h", .noDatabase)) {
      try TeamURL("postgres://u@h")
    }
    #expect(throws: TeamStoreError.badAddress("postgres://h/db", .noUser)) {
      try TeamURL("postgres://h/db")
    }
  }

  @Test func pgpassMatchesWithWildcardsAndEscapes() throws {
    let url = try TeamURL("postgres://unit1@db.example:5432/plans")
    let text = """
      # comment
      other:5432:plans:unit1:wrong
      db.example:5432:*:unit1:pa\\:ss
      *:*:*:*:fallback
      """
    #expect(PgPass.password(in: text, for: url) == "pa:ss")
    let other = try TeamURL("postgres://x@y/z")
    #expect(PgPass.password(in: text, for: other) == "fallback")
  }

  @Test func splitsScriptsOutsideQuotesAndBodies() {
    let script = """
      CREATE TABLE a (x text DEFAULT ';');
      -- a comment; with a semicolon
      CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1; $$;
      DO $body$ BEGIN PERFORM 1; END $body$;
      """
    #expect(
      SQLScript.statements(script) == [
        "CREATE TABLE a (x text DEFAULT ';')",
        "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1; $$",
        "DO $body$ BEGIN PERFORM 1; END $body$",
      ])
  }

  @Test func collectiveNamesBindNoUnit() {
    #expect(UnitNames.isCollective("各成员单位"))
    #expect(UnitNames.isCollective("各相关镇街"))
    #expect(UnitNames.isCollective("区工业发展领导小组各成员单位"))
    #expect(!UnitNames.isCollective("区经济信息委"))
  }
}

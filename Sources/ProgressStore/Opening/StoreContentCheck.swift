import GRDB

/// What a store holds, checked when it opens — at a cost bounded by its schema, not by how
/// much progress it holds (issue 15): the schema version, whether it is a plandash store at
/// all, and the first page of every table and index, which is where the damage of a cut or
/// overwritten file shows first. Pages a command reads later are checked by SQLite as it
/// reads them (`PRAGMA cell_size_check` is on), and a write that meets damage is rolled
/// back whole. `full` reads every page (`PRAGMA quick_check`, O(store)): `plandash store
/// check` runs it on demand.
enum StoreContentCheck {
  struct Found {
    var version: Int
    var tables: Int
  }

  /// The version and number of tables, after reading each table's and index's first page.
  static func bounded(_ db: Database) throws -> Found {
    let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
    let objects = try Row.fetchAll(
      db,
      sql: """
        SELECT type, name, tbl_name FROM sqlite_master
        WHERE type IN ('table', 'index') AND name NOT LIKE 'sqlite_%'
        """)
    for object in objects {
      let table = quoted(object["tbl_name"])
      let sql =
        object["type"] == "index"
        ? "SELECT 1 FROM \(table) INDEXED BY \(quoted(object["name"])) LIMIT 1"
        : "SELECT * FROM \(table) LIMIT 1"
      _ = try Row.fetchOne(db, sql: sql)
    }
    let tables = objects.filter { $0["type"] == "table" }.count
    return Found(version: version, tables: tables)
  }

  /// The problems `PRAGMA quick_check` finds in every page; empty for a sound store.
  static func full(_ db: Database) throws -> [String] {
    let lines = try String.fetchAll(db, sql: "PRAGMA quick_check")
    return lines == ["ok"] ? [] : lines
  }

  /// The name as an SQL identifier. (Written out rather than with Foundation's
  /// `replacingOccurrences`, whose bridging costs a search of every conformance in the
  /// binary on each command's first use.)
  private static func quoted(_ name: String) -> String {
    var result = "\""
    for character in name {
      if character == "\"" { result.append("\"") }
      result.append(character)
    }
    result.append("\"")
    return result
  }
}

import Foundation
import PlanModel
import PostgresNIO

/// The plans a team store serves: `team publish` uploads validated plan files as a new
/// version (with who reports on what: each measure's 牵头/责任单位 and its targets); every
/// client loads the newest version (`TeamPlanCache`). Progress is never touched: items a new
/// version removes keep their progress, as orphans.
public enum TeamPlans {
  public struct PlanFile: Hashable, Sendable {
    /// The name relative to the plans folder (`hechuan.yaml`, `sichuan/bazhong.yaml`).
    public var name: String
    public var content: Data

    public init(name: String, content: Data) {
      self.name = name
      self.content = content
    }
  }

  /// A published version's files, by name with their SHA-256 (hex).
  public struct Version: Hashable, Sendable {
    public var id: Int64
    public var files: [(name: String, sha256: String)]

    public static func == (lhs: Version, rhs: Version) -> Bool {
      lhs.id == rhs.id && lhs.files.map(\.name) == rhs.files.map(\.name)
        && lhs.files.map(\.sha256) == rhs.files.map(\.sha256)
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(id) }
  }

  /// Uploads `files` (already validated into `catalog`) as a new version, in one transaction.
  /// Returns the version number. Only the office may: the server refuses anyone else.
  public static func publish(
    _ files: [PlanFile], catalog: Catalog, on store: TeamStore
  ) throws -> Int64 {
    let connection = store.connection
    return try store.serial {
      try connection.transaction {
        let version = try connection.query(
          "INSERT INTO plandash.plan_version DEFAULT VALUES RETURNING id"
        ).first!.decode(Int64.self)
        for file in files {
          try connection.query(
            """
            INSERT INTO plandash.plan_file (version, name, sha256, content)
            VALUES (\(version), \(file.name), encode(sha256(\(file.content)), 'hex'), \(file.content))
            """)
        }
        try replaceResponsibilities(catalog, connection: connection)
        return version
      }
    }
  }

  /// Who reports on what, from the new plans: the measure–unit and measure–target tables.
  static func replaceResponsibilities(_ catalog: Catalog, connection: TeamConnection) throws {
    var measures: [String] = []
    var units: [String] = []
    var roles: [String] = []
    var regions: [String] = []
    var targetMeasures: [String] = []
    var targets: [String] = []
    for plan in catalog.plans {
      for measure in plan.measures {
        let named =
          measure.leadUnits.map { ($0, "lead") }
          + measure.responsibleUnits.map { ($0, "responsible") }
        for (unit, role) in Set(named.map { [$0.0, $0.1] }).map({ ($0[0], $0[1]) })
        where !UnitNames.isCollective(unit) {
          measures.append(measure.id)
          units.append(unit)
          roles.append(role)
          regions.append(plan.region.id)
        }
        for target in Set(measure.targets) {
          targetMeasures.append(measure.id)
          targets.append(target)
        }
      }
    }
    try connection.execute("DELETE FROM plandash.measure_unit; DELETE FROM plandash.measure_target")
    try connection.query(
      """
      INSERT INTO plandash.measure_unit (measure_id, unit, role, region)
      SELECT * FROM unnest(\(measures)::text[], \(units)::text[], \(roles)::text[], \(regions)::text[])
      """)
    try connection.query(
      """
      INSERT INTO plandash.measure_target (measure_id, target_id)
      SELECT * FROM unnest(\(targetMeasures)::text[], \(targets)::text[])
      """)
  }

  /// The newest published version's number and the moment it was published (microseconds
  /// since 1970), or nil before the first `publish`: together they name that version's
  /// files for good, even should the database be made again and its numbers start over.
  public static func newest(on store: TeamStore) throws -> (id: Int64, publishedAt: Int64)? {
    try store.serial {
      try store.connection.query(
        """
        SELECT id, (extract(epoch FROM published_at) * 1000000)::int8
        FROM plandash.plan_version ORDER BY id DESC LIMIT 1
        """
      ).first?.decode((Int64, Int64).self)
    }
  }

  /// A published version's files, by name.
  public static func files(of version: Int64, on store: TeamStore) throws -> Version {
    try store.serial {
      let files = try store.connection.query(
        "SELECT name, sha256 FROM plandash.plan_file WHERE version = \(version) ORDER BY name"
      ).map { try $0.decode((String, String).self) }
      return Version(id: version, files: files.map { (name: $0.0, sha256: $0.1) })
    }
  }

  /// The contents of a version's files, by their SHA-256 (one query, whatever their number).
  public static func contents(sha256: [String], of version: Int64, on store: TeamStore) throws
    -> [String: Data]
  {
    guard !sha256.isEmpty else { return [:] }
    return try store.serial {
      var found: [String: Data] = [:]
      for row in try store.connection.query(
        """
        SELECT DISTINCT ON (sha256) sha256, content FROM plandash.plan_file
        WHERE version = \(version) AND sha256 = ANY(\(sha256)::text[])
        """)
      {
        let (hash, content) = try row.decode((String, Data).self)
        found[hash] = content
      }
      return found
    }
  }
}

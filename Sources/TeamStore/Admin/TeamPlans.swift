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

  /// The newest published version, or nil before the first `publish`.
  public static func latest(on store: TeamStore) throws -> Version? {
    try store.serial {
      guard
        let id = try store.connection.query("SELECT max(id) FROM plandash.plan_version")
          .first?.decode(Int64?.self)
      else { return nil }
      let files = try store.connection.query(
        "SELECT name, sha256 FROM plandash.plan_file WHERE version = \(id) ORDER BY name"
      ).map { try $0.decode((String, String).self) }
      return Version(id: id, files: files.map { (name: $0.0, sha256: $0.1) })
    }
  }

  /// The content of a published file, by its SHA-256.
  public static func content(sha256: String, on store: TeamStore) throws -> Data? {
    try store.serial {
      try store.connection.query(
        "SELECT content FROM plandash.plan_file WHERE sha256 = \(sha256) LIMIT 1"
      ).first?.decode(Data.self)
    }
  }
}

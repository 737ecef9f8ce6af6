import Foundation
import PostgresNIO

/// `team grant`, `team revoke`, `team list`: who may do what, kept in the server's roles and
/// the member table. Only the office (and the database's administrators) may grant or
/// revoke: the server refuses anyone else (the functions are theirs to execute only).
public enum TeamMembers {
  public enum Kind: String, Sendable, CaseIterable {
    case unit
    case office
    case viewer
  }

  public struct Member: Hashable, Sendable {
    public var login: String
    public var kind: Kind
    public var unit: String?
    public var region: String?
    public var grantedBy: String
  }

  /// Binds a login (created with `password` when missing) to a unit, the office or reading
  /// only. Returns whether the login was created. A unit must be one the published plans
  /// name as 牵头 or 责任 (in `region`, when given), matched exactly; a collective name
  /// (各成员单位 …) binds no unit.
  public static func grant(
    _ login: String, kind: Kind, unit: String?, region: String?, password: String,
    on store: TeamStore
  ) throws -> Bool {
    if kind == .unit, let unit {
      try requireUnit(unit, region: region, on: store)
    }
    return try store.serial {
      try store.connection.transaction {
        try store.connection.query(
          """
          SELECT plandash.grant_login(\(login)::name, \(kind.rawValue), \(unit), \(region), \(password))
          """
        ).first?.decode(Bool.self) ?? false
      }
    }
  }

  /// Unbinds a login (its role stays, with no rights here). False where it was not bound.
  public static func revoke(_ login: String, on store: TeamStore) throws -> Bool {
    try store.serial {
      try store.connection.transaction {
        try store.connection.query("SELECT plandash.revoke_login(\(login)::name)")
          .first?.decode(Bool.self) ?? false
      }
    }
  }

  public static func list(on store: TeamStore) throws -> [Member] {
    try store.serial {
      try store.connection.query(
        "SELECT login::text, kind, unit, region, granted_by::text FROM plandash.member ORDER BY kind, unit, login"
      ).map { row in
        let (login, kind, unit, region, by) = try row.decode(
          (String, String, String?, String?, String).self)
        return Member(
          login: login, kind: Kind(rawValue: kind) ?? .viewer, unit: unit, region: region,
          grantedBy: by)
      }
    }
  }

  /// The units the published plans name (in `region`, when given).
  public static func publishedUnits(region: String?, on store: TeamStore) throws -> Set<String> {
    try store.serial {
      let rows =
        if let region {
          try store.connection.query(
            "SELECT DISTINCT unit FROM plandash.measure_unit WHERE region = \(region)")
        } else {
          try store.connection.query("SELECT DISTINCT unit FROM plandash.measure_unit")
        }
      return Set(try rows.map { try $0.decode(String.self) })
    }
  }

  static func requireUnit(_ unit: String, region: String?, on store: TeamStore) throws {
    if UnitNames.isCollective(unit) {
      throw TeamStoreError.refused(
        zh: "--unit \(unit)：这是集合称谓，不指某个单位；请给出具体的牵头/责任单位",
        en: "--unit \(unit): a collective name binds no unit; give one 牵头/责任单位 by name")
    }
    let units = try publishedUnits(region: region, on: store)
    guard !units.contains(unit) else { return }
    let closest = UnitNames.closest(to: unit, among: units)
    let place = region.map { "（\($0)）" } ?? ""
    throw TeamStoreError.refused(
      zh: "--unit \(unit)：已发布的规划\(place)中没有这个牵头/责任单位"
        + (closest.isEmpty ? "" : "（最接近：\(closest.joined(separator: "、"))）"),
      en: "--unit \(unit): no 牵头/责任单位 of that name in the published plans"
        + (region.map { " of \($0)" } ?? "")
        + (closest.isEmpty ? "" : " (closest: \(closest.joined(separator: ", ")))"))
  }

  /// A random password for a login `grant` creates.
  public static func newPassword() -> String {
    let letters = Array("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    var generator = SystemRandomNumberGenerator()
    return String((0..<20).map { _ in letters.randomElement(using: &generator)! })
  }
}

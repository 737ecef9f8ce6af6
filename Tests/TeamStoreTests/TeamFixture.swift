import Foundation
import PlanModel
import PlandashTestSupport
import ProgressStore

@testable import TeamStore

/// A fresh team store on the test server: its own database, `team init` done, a small plan
/// published, and logins for two units, the office and a viewer (unique names per fixture,
/// as roles belong to the whole server).
final class TeamFixture {
  static let source = SourceRef(section: "一", text: "text")
  static let econ = "区经济信息委"
  static let farm = "区农业农村委"

  let adminURL: String
  let tag = String(UUID().uuidString.prefix(6).lowercased())
  let admin: TeamStore
  private(set) var logins: [String: String] = [:]

  init() throws {
    adminURL = try TestPostgres.freshDatabase()
    let connection = try TeamConnection(try TeamURL(adminURL))
    _ = try TeamSetup.initialise(connection)
    connection.close()
    admin = try TeamStore(url: TeamURL(adminURL))
    _ = try TeamPlans.publish([], catalog: Self.catalog, on: admin)
  }

  /// A login bound as given; returns its address (with its password).
  func login(_ name: String, _ kind: TeamMembers.Kind, unit: String? = nil) throws -> String {
    let login = "\(name)_\(tag)"
    let password = TeamMembers.newPassword()
    _ = try TeamMembers.grant(
      login, kind: kind, unit: unit, region: nil, password: password, on: admin)
    let url = TestPostgres.withUser(adminURL, login, password: password)
    logins[name] = url
    return url
  }

  func store(_ url: String) throws -> TeamStore { try TeamStore(url: TeamURL(url)) }

  static var plan: Plan {
    Plan(
      region: Region(id: "hechuan", name: "合川区", level: .district),
      document: PlanDocument(title: "合川区工业发展规划", horizon: Horizon(start: 2023, end: 2027)),
      targets: [
        Target(
          id: "hechuan.target.revenue", metric: "规上工业营业收入",
          goal: Goal(
            kind: .absolute, direction: .up, unit: "亿元",
            baseline: Figure(value: 900, year: 2022), target: Figure(value: 1600, year: 2027)),
          source: source),
        Target(
          id: "hechuan.target.grain", metric: "粮食产量",
          goal: Goal(
            kind: .absolute, direction: .up, unit: "万吨",
            baseline: Figure(value: 50, year: 2022), target: Figure(value: 60, year: 2027)),
          source: source),
      ],
      measures: [
        Measure(
          id: "hechuan.measure.parts", section: "(一)", title: "补链", text: "补链",
          leadUnits: [econ], responsibleUnits: ["区科技局"], targets: ["hechuan.target.revenue"],
          source: source),
        Measure(
          id: "hechuan.measure.farms", section: "(二)", title: "农业", text: "农业",
          leadUnits: [farm], targets: ["hechuan.target.grain"], source: source),
        Measure(
          id: "hechuan.measure.all", section: "(三)", title: "统筹", text: "统筹",
          responsibleUnits: ["各成员单位"], source: source),
      ])
  }

  static var catalog: Catalog { Catalog(plans: [plan]) }
}

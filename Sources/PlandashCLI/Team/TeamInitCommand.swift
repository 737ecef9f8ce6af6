import ArgumentParser
import Foundation
import TeamStore

/// `plandash team init ADMIN_URL`: the schema, group roles and policies; again, nothing.
struct TeamInitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: "Create the team schema, group roles and row-level-security policies (idempotent).")

  @Argument(
    help: ArgumentHelp(
      "An administrator's address: postgres://USER[:PASSWORD]@HOST:PORT/DB[?sslmode=…].",
      valueName: "admin-url"))
  var adminURL: String

  func run() throws {
    let outcome = try storeFailures {
      let url = try TeamURL(adminURL)
      let connection = try TeamConnection(
        url, timeout: TeamConnection.timeout(environment: ProcessInfo.processInfo.environment))
      defer { connection.close() }
      return (url, try TeamSetup.initialise(connection))
    }
    switch outcome.1 {
    case .created(let version):
      StandardStreams.out(
        TeamMessages.pick(
          zh: "已在 \(outcome.0) 建立团队库（结构版本 \(version)）\n",
          en: "team store set up in \(outcome.0) (schema version \(version))\n"))
    case .unchanged(let version):
      StandardStreams.out(
        TeamMessages.pick(
          zh: "\(outcome.0) 已是团队库（结构版本 \(version)），未作更改\n",
          en: "\(outcome.0) is a team store already (schema version \(version)); nothing changed\n")
      )
    }
  }
}

import Foundation
import PlandashTestSupport
import TeamStore
import Testing

@testable import PlandashCLI

/// A command opens its team store once, whatever number of its steps ask for it.
@Suite(
  "One connection to the team store per command", .serialized,
  .enabled(if: TestPostgres.enabled, Comment(rawValue: TestPostgres.skipReason)))
struct OpenTeamStoresTests {
  @Test func everyStepGetsTheSameConnection() throws {
    let address = try TestPostgres.freshDatabase()
    let connection = try TeamConnection(try TeamURL(address))
    _ = try TeamSetup.initialise(connection)
    connection.close()
    let options = try StoreOptions.parse(["--store", address])
    let first = try #require(try options.openTeam())
    let second = try #require(try options.openTeam())
    #expect(first === second)
    var opened = 0
    let stores = OpenTeamStores()
    let one = try stores.store(address) {
      opened += 1
      return try TeamStore(url: TeamURL(address))
    }
    let again = try stores.store(address) {
      opened += 1
      return try TeamStore(url: TeamURL(address))
    }
    #expect(one === again && opened == 1)
  }
}

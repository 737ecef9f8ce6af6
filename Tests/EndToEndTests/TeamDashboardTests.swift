import Foundation
import PlandashTestSupport
import Testing

extension EndToEnd {
  /// The dashboard on a team store, in tmux, against the real server: two dashboards seeing
  /// each other's reports live, and a start while the server is away.
  @Suite(
    .enabled(
      if: TestPostgres.enabled && PlandashBinary.available,
      Comment(rawValue: TestPostgres.skipReason + "; " + PlandashBinary.skipReason)))
  struct TeamDashboardTests {
    static let title = "智能网联新能源汽车零部件"

    /// `plandash` as `store` in a 150×40 terminal, on the team's caches.
    static func dashboard(_ team: TeamStoreByCommands, as store: String) throws -> TmuxSession {
      var environment = team.environment(store: store)
      environment["LANG"] = "C.UTF-8"
      environment["LC_MESSAGES"] = "en_US.UTF-8"
      environment["TERM"] = "xterm-256color"
      environment["XDG_CONFIG_HOME"] = team.home.path("config-" + String(store.hashValue))
      let binary = try PlandashBinary.requirePath()
      return try TmuxSession(
        width: 150, height: 40, environment: environment,
        command: "trap : INT; \(binary); echo \"[exit $?]\"; sleep 300")
    }

    /// Opens the Measures pane filtered to 智能网联新能源汽车零部件 (a measure of the unit's).
    static func showMeasure(_ tmux: TmuxSession) throws {
      let (rows, met) = try tmux.waitForText("合川区", timeout: 15, settled: true)
      try #require(met, "no dashboard: \(rows)")
      try tmux.send("5")
      try tmux.send("/")
      try tmux.type(title)
      try tmux.send("Enter")
      try #require(try tmux.waitForText(title).met)
    }

    /// The Measures pane's row of the measure.
    static func row(_ rows: [String]) -> String? {
      rows.first { $0.contains(title) && !$0.contains("/") }
    }

    @Test func twoDashboardsSeeEachOthersReportsWithinASecond() throws {
      let team = try TeamStoreByCommands()
      let office = try Self.dashboard(team, as: team.admin)
      defer { office.close() }
      let unit = try Self.dashboard(team, as: team.unit)
      defer { unit.close() }
      try Self.showMeasure(office)
      try Self.showMeasure(unit)
      // The unit marks it done in its dashboard: the office's shows it within 1 s.
      try unit.send("Space")
      try #require(try unit.waitFor { Self.row($0)?.contains("done") == true }.met)
      let sent = Date()
      let seen = try office.waitFor(timeout: 5) { Self.row($0)?.contains("done") == true }
      #expect(seen.met, "\(seen.rows)")
      #expect(Date().timeIntervalSince(sent) < 1, "seen after \(Date().timeIntervalSince(sent)) s")
      // A report from the command line: both dashboards show it within 1 s.
      let marked = try team.run(["mark", "hechuan.measure.auto-parts", "--status", "blocked"])
      #expect(marked.status == 0, "\(marked.err)")
      let after = Date()
      for screen in [office, unit] {
        let shown = try screen.waitFor(timeout: 5) { Self.row($0)?.contains("blocked") == true }
        #expect(shown.met, "\(shown.rows)")
      }
      #expect(
        Date().timeIntervalSince(after) < 1, "seen after \(Date().timeIntervalSince(after)) s")
    }

    @Test func aServerAwayAtStartOpensReadOnlyOnTheLastProgressSeen() throws {
      let cluster = try TestPostgresCluster()
      defer { cluster.stop() }
      let team = try TeamStoreByCommands(admin: cluster.adminURL)
      let marked = try team.run(["mark", "hechuan.measure.auto-parts", "--status", "blocked"])
      #expect(marked.status == 0, "\(marked.err)")
      // A first session sees the plans and progress, then quits.
      let first = try Self.dashboard(team, as: team.unit)
      try Self.showMeasure(first)
      try #require(try first.waitFor { Self.row($0)?.contains("blocked") == true }.met)
      try first.send("q")
      try #require(try first.waitForText("[exit 0]").met)
      first.close()
      cluster.stop()
      let away = try Self.dashboard(team, as: team.unit)
      defer { away.close() }
      let (rows, met) = try away.waitForText("read-only", timeout: 15, settled: true)
      try #require(met, "\(rows)")
      #expect(rows[1].contains("team store unreachable · read-only · as seen "), "\(rows[1])")
      try Self.showMeasure(away)
      #expect(try away.waitFor { Self.row($0)?.contains("blocked") == true }.met)
      for key in ["Space", "s", "n", "u"] {
        try away.send(key)
        let refused = try away.waitFor { rows in
          rows.last?.contains("read-only: the team store cannot be reached") == true
        }
        #expect(refused.met, "\(key): \(refused.rows.last ?? "")")
        try away.send("k")
        // The line clears with the next key, so each key's refusal is its own.
        #expect(
          try away.waitFor { rows in
            rows.last?.contains("read-only: the team store cannot be reached") != true
          }.met)
      }
      #expect(try away.waitFor { Self.row($0)?.contains("blocked") == true }.met)
    }
  }
}

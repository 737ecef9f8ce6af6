/// Whether a crash, once the terminal is restored, is handed to the handler that was there
/// before plandash's (Swift's backtracer, which prints where the program failed) or the
/// process dies by the signal at once.
///
/// The backtracer, as Swift ships it, is *interactive* whenever standard input is a
/// terminal — always, for the dashboard: it prints "Press space to interact … (30s)" and
/// keeps the process alive for half a minute, so an external `kill -SEGV` seems to do
/// nothing. It is therefore used only when `SWIFT_BACKTRACE` turns interaction off
/// (`interactive=no`, or `timeout=0s`/`none`); then it prints its backtrace and the process
/// still dies by the signal.
public enum CrashHandoff: Equatable, Sendable {
  /// Die by the signal straight away.
  case dieAtOnce
  /// Let the previous handler print a backtrace first, then die by the signal.
  case backtraceThenDie

  /// The choice for this environment (reads `SWIFT_BACKTRACE`).
  public static func choose(environment: [String: String]) -> CrashHandoff {
    guard let setting = environment["SWIFT_BACKTRACE"] else { return .dieAtOnce }
    var enabled = true
    var interactive = true
    for pair in setting.split(separator: ",") {
      let parts = pair.split(separator: "=", maxSplits: 1).map {
        String($0.filter { $0 != " " && $0 != "\t" }).lowercased()
      }
      guard parts.count == 2 else { continue }
      switch parts[0] {
      case "enable": enabled = !Self.isNo(parts[1])
      case "interactive": interactive = !Self.isNo(parts[1])
      case "timeout":
        if ["none", "0", "0s", "0ms"].contains(parts[1]) { interactive = false }
      default: break
      }
    }
    return enabled && !interactive ? .backtraceThenDie : .dieAtOnce
  }

  private static func isNo(_ value: String) -> Bool {
    ["no", "n", "false", "f", "off", "0"].contains(value)
  }
}

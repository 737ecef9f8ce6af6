import Foundation

/// Helpers shared by the benchmarks: timing, child processes, the built binary.
enum BenchSupport {
  /// Seconds taken by `body`.
  static func time(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
  }

  /// The `plandash` binary built beside this benchmark.
  static var plandashBinary: String {
    let me = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    return me.deletingLastPathComponent().appendingPathComponent("plandash").path
  }

  /// Runs a process to completion (posix_spawn, so that `wait4` sees its resource use and
  /// no run loop polls for its end); returns wall seconds, peak resident memory in bytes,
  /// and the exit status (128 + the signal when a signal ended it). Quiet: standard output
  /// and error go to /dev/null, or standard error to `stderrPath`.
  static func run(
    _ executable: String, _ args: [String], environment: [String: String] = [:],
    quiet: Bool = true, stderrPath: String? = nil
  ) throws -> (seconds: Double, peakBytes: Int, status: Int32) {
    var env = ProcessInfo.processInfo.environment
    env.merge(environment) { _, new in new }
    let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + args).map { strdup($0) } + [nil]
    let envp: [UnsafeMutablePointer<CChar>?] = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      for pointer in argv { free(pointer) }
      for pointer in envp { free(pointer) }
    }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    if quiet {
      posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
      posix_spawn_file_actions_addopen(
        &actions, 2, stderrPath ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    }
    var pid: pid_t = 0
    let start = DispatchTime.now().uptimeNanoseconds
    let spawned = posix_spawn(&pid, executable, &actions, nil, argv, envp)
    guard spawned == 0 else { throw BenchError("cannot start \(executable): error \(spawned)") }
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    // WIFEXITED / WEXITSTATUS by hand: the macros are not imported.
    let exit = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    return (seconds, Int(usage.ru_maxrss) * 1024, exit)
  }

  /// CPU seconds this process has used so far (user and system, every thread).
  static func processCPUSeconds() -> Double {
    var usage = rusage()
    getrusage(Int32(RUSAGE_SELF.rawValue), &usage)
    let seconds = { (time: timeval) in Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
  }

  /// The shipped sample plans, beside the package this benchmark was built from.
  static var sampleData: String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("SampleData").path
  }

  static func format(seconds: Double) -> String {
    seconds < 1 ? String(format: "%.1f ms", seconds * 1000) : String(format: "%.2f s", seconds)
  }

  static func format(bytes: Int) -> String {
    String(format: "%.0f MB", Double(bytes) / 1_000_000)
  }

  static func option(_ name: String, in args: [String]) -> String? {
    guard let index = args.firstIndex(of: name), index + 1 < args.count else { return nil }
    return args[index + 1]
  }
}

struct BenchError: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}

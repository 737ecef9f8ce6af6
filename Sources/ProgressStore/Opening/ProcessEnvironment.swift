import Foundation

/// The process's environment, read once. `ProcessInfo.processInfo.environment` builds a
/// new dictionary of every variable at each read, and a `mark` read it about ten times
/// (docs/benchmarks.md, issue 15). Nothing in plandash changes its own environment. Public
/// for the layers above (the team store, the command line), which read the same copy;
/// `PlanFiles`, beside this module rather than above it, keeps its own.
public enum ProcessEnvironment {
  public static let values = ProcessInfo.processInfo.environment
}

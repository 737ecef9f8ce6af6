import Foundation

/// The process's environment, read once. `ProcessInfo.processInfo.environment` builds a
/// new dictionary of every variable at each read, and a `mark` read it about ten times
/// (docs/benchmarks.md, issue 15). Nothing in plandash changes its own environment.
/// (Usable from inline: public functions take it as their default environment.)
@usableFromInline
enum ProcessEnvironment {
  @usableFromInline static let values = ProcessInfo.processInfo.environment
}

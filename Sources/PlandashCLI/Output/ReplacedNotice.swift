import Dashboard
import PlanModel
import ProgressStore

/// The line after a report that replaced another's made at the same time (a team store):
/// `replaced unit7's report on M (#12), made meanwhile; both are in the history`.
enum ReplacedNotice {
  static func print(_ applied: [AppliedOperation], _ language: Language) {
    let replaced = applied.flatMap(\.replaced)
    guard !replaced.isEmpty else { return }
    StandardStreams.out(ReplacedReport.notice(replaced)(language) + "\n")
  }
}

import PlanModel
import Yams

/// Collects the problems found while reading one file.
final class ProblemSink {
  let file: String
  private(set) var problems: [FileProblem] = []

  init(file: String) { self.file = file }

  func report(_ node: Node, _ message: Localized) {
    report(line: node.line, message)
  }

  func report(line: Int, _ message: Localized) {
    problems.append(FileProblem(file: file, line: line, message: message))
  }
}

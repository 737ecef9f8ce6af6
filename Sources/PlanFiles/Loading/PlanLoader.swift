import Dispatch
import Foundation
import PlanModel

/// Loads plan files in parallel, then checks the model's rules across all of them; every
/// problem comes back as `file:line: message`.
public enum PlanLoader {
  /// Loads every plan file found under `paths`. `progress` is called with (done, total) as
  /// files finish, from any thread.
  public static func load(
    paths: [String], progress: (@Sendable (Int, Int) -> Void)? = nil
  ) -> LoadResult {
    let (files, listProblems) = PlanFileList.expand(paths)
    let results = readAll(files, progress: progress)
    var problems = listProblems
    var plans: [Plan] = []
    var planFiles: [String] = []
    for (file, result) in zip(files, results) {
      problems += result.problems
      if let plan = result.plan {
        plans.append(plan)
        planFiles.append(file)
      }
    }
    problems += ruleProblems(plans: plans, files: planFiles, results: results, allFiles: files)
    problems.sort { ($0.file, $0.line) < ($1.file, $1.line) }
    return LoadResult(plans: plans, files: planFiles, problems: problems, fileCount: files.count)
  }

  static func readAll(
    _ files: [String], progress: (@Sendable (Int, Int) -> Void)?
  ) -> [PlanFileReader.Result] {
    let slots = ResultSlots(count: files.count)
    DispatchQueue.concurrentPerform(iterations: files.count) { index in
      let file = files[index]
      let result: PlanFileReader.Result
      if let data = FileManager.default.contents(atPath: file) {
        result = PlanFileReader.read(bytes: [UInt8](data), file: file)
      } else {
        result = PlanFileReader.Result(
          plan: nil, problems: [FileProblem(file: file, line: 0, message: "cannot read the file")],
          root: nil)
      }
      let done = slots.store(result, at: index)
      progress?(done, files.count)
    }
    return slots.results
  }

  /// Rule violations mapped to the file and line of the field they name.
  static func ruleProblems(
    plans: [Plan], files: [String], results: [PlanFileReader.Result], allFiles: [String]
  ) -> [FileProblem] {
    let violations = PlanRules.check(plans)
    guard !violations.isEmpty else { return [] }
    var resultByFile: [String: PlanFileReader.Result] = [:]
    for (file, result) in zip(allFiles, results) { resultByFile[file] = result }
    return violations.map { violation in
      let file = files[violation.planIndex]
      let line = resultByFile[file].map { PlanFileReader.line(of: violation.path, in: $0) } ?? 0
      return FileProblem(file: file, line: line, message: violation.message)
    }
  }
}

/// Results written from parallel readers, one slot each.
private final class ResultSlots: @unchecked Sendable {
  private var slots: [PlanFileReader.Result?]
  private var done = 0
  private let lock = NSLock()

  init(count: Int) { slots = Array(repeating: nil, count: count) }

  func store(_ result: PlanFileReader.Result, at index: Int) -> Int {
    lock.lock()
    defer { lock.unlock() }
    slots[index] = result
    done += 1
    return done
  }

  var results: [PlanFileReader.Result] { slots.map { $0! } }
}

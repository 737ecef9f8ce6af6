import Dispatch
import Foundation
import PlanModel

/// Loads plan files in parallel, then checks the model's rules across all of them; every
/// problem comes back as `file:line: message`.
public enum PlanLoader {
  /// Loads every plan file found under `paths`. `progress` is called with (done, total) as
  /// files finish, from any thread.
  ///
  /// With a `cache`, a file whose content is unchanged since the cache was written is not
  /// parsed again; the cache is rewritten when anything was parsed.
  public static func load(
    paths: [String], cache: PlanCache? = nil, progress: (@Sendable (Int, Int) -> Void)? = nil
  ) -> LoadResult {
    let (files, listProblems) = PlanFileList.expand(paths)
    let (results, hashes, parsed) = readAll(files, cache: cache, progress: progress)
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
    problems += ruleProblems(plans: plans, files: planFiles)
    if let cache, parsed > 0 || cache.count != plans.count {
      var entries: [(hash: ContentHash, plan: Plan)] = []
      for (hash, result) in zip(hashes, results) {
        if let hash, let plan = result.plan { entries.append((hash, plan)) }
      }
      // A cache that cannot be written only costs the next start its speed.
      try? cache.write(entries)
    }
    problems.sort { ($0.file, $0.line) < ($1.file, $1.line) }
    return LoadResult(plans: plans, files: planFiles, problems: problems, fileCount: files.count)
  }

  /// Reads every file in parallel: from the cache when its content hash is there, else
  /// by parsing. Returns the results, each file's content hash, and how many were parsed.
  static func readAll(
    _ files: [String], cache: PlanCache?, progress: (@Sendable (Int, Int) -> Void)?
  ) -> (results: [PlanFileReader.Result], hashes: [ContentHash?], parsed: Int) {
    let slots = ResultSlots(count: files.count)
    DispatchQueue.concurrentPerform(iterations: files.count) { index in
      let file = files[index]
      let result: PlanFileReader.Result
      if let data = FileManager.default.contents(atPath: file) {
        let bytes = [UInt8](data)
        let hash = cache.map { _ in ContentHash(of: bytes) }
        if let hash, let plan = cache?.plan(for: hash) {
          result = PlanFileReader.Result(plan: plan, problems: [], root: nil)
        } else {
          result = PlanFileReader.read(bytes: bytes, file: file)
          slots.countParsed()
        }
        slots.store(hash: hash, at: index)
      } else {
        result = PlanFileReader.Result(
          plan: nil, problems: [FileProblem(file: file, line: 0, message: "cannot read the file")],
          root: nil)
      }
      // The YAML tree is dropped at once: kept for thousands of files it would dominate
      // memory. Rule violations, which are rare, read their file again for its lines.
      var kept = result
      kept.root = nil
      let done = slots.store(kept, at: index)
      progress?(done, files.count)
    }
    return (slots.results, slots.hashes, slots.parsed)
  }

  /// Rule violations mapped to the file and line of the field they name.
  static func ruleProblems(plans: [Plan], files: [String]) -> [FileProblem] {
    let violations = PlanRules.check(plans)
    guard !violations.isEmpty else { return [] }
    var reread: [String: PlanFileReader.Result] = [:]
    return violations.map { violation in
      let file = files[violation.planIndex]
      if reread[file] == nil, let data = FileManager.default.contents(atPath: file) {
        reread[file] = PlanFileReader.read(bytes: [UInt8](data), file: file)
      }
      let line = reread[file].map { PlanFileReader.line(of: violation.path, in: $0) } ?? 0
      return FileProblem(file: file, line: line, message: violation.message)
    }
  }
}

/// Results written from parallel readers, one slot each.
private final class ResultSlots: @unchecked Sendable {
  private var slots: [PlanFileReader.Result?]
  private(set) var hashes: [ContentHash?]
  private(set) var parsed = 0
  private var done = 0
  private let lock = NSLock()

  init(count: Int) {
    slots = Array(repeating: nil, count: count)
    hashes = Array(repeating: nil, count: count)
  }

  func store(hash: ContentHash?, at index: Int) {
    lock.lock()
    hashes[index] = hash
    lock.unlock()
  }

  func countParsed() {
    lock.lock()
    parsed += 1
    lock.unlock()
  }

  func store(_ result: PlanFileReader.Result, at index: Int) -> Int {
    lock.lock()
    defer { lock.unlock() }
    slots[index] = result
    done += 1
    return done
  }

  var results: [PlanFileReader.Result] { slots.map { $0! } }
}

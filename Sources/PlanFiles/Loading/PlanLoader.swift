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
    var planHashes: [ContentHash?] = []
    var unchecked: [Int] = []
    for (index, (file, result)) in zip(files, results).enumerated() {
      problems += result.problems
      if let plan = result.plan {
        if !result.fromCache { unchecked.append(plans.count) }
        plans.append(plan)
        planFiles.append(file)
        planHashes.append(hashes[index])
      }
    }
    // Plans from the cache passed their own checks when they were cached (only such plans
    // are cached), so only the parsed ones are checked alone; the cross-file checks run on all.
    let (catalog, violations) = checkInParallel(plans, unchecked: unchecked)
    problems += locate(violations, files: planFiles)
    problems.sort { ($0.file, $0.line) < ($1.file, $1.line) }
    if let cache, parsed > 0 {
      let failedAlone = Set(violations.map(\.planIndex))
      var entries: [(hash: ContentHash, plan: Plan)] = []
      for (index, plan) in plans.enumerated() {
        if let hash = planHashes[index], !failedAlone.contains(index) {
          entries.append((hash, plan))
        }
      }
      // A cache that cannot be written only costs the next start its speed.
      try? cache.write(entries)
    }
    return LoadResult(
      catalog: catalog, files: planFiles, problems: problems, fileCount: files.count)
  }

  /// Reads every file in parallel: from the cache when its content hash is there, else
  /// by parsing. Returns the results, each file's content hash, and how many were parsed.
  static func readAll(
    _ files: [String], cache: PlanCache?, progress: (@Sendable (Int, Int) -> Void)?
  ) -> (results: [PlanFileReader.Result], hashes: [ContentHash?], parsed: Int) {
    let slots = ResultSlots(count: files.count)
    DispatchQueue.concurrentPerform(iterations: files.count) { index in
      let file = files[index]
      var result: PlanFileReader.Result
      if let bytes = FileBytes.read(file) {
        let hash = cache.map { _ in ContentHash(of: bytes) }
        if let hash, let plan = cache?.plan(for: hash) {
          result = PlanFileReader.Result(plan: plan, problems: [], root: nil, fromCache: true)
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
      result.root = nil
      let done = slots.store(result, at: index)
      progress?(done, files.count)
    }
    return (slots.results, slots.hashes, slots.parsed)
  }

  /// The model's rules: each plan's own checks split across the cores while the catalog's
  /// id index is built beside them; then the cross-file checks on that index.
  static func checkInParallel(_ plans: [Plan], unchecked: [Int]) -> (Catalog, [PlanViolation]) {
    let parts = max(1, ProcessInfo.processInfo.activeProcessorCount)
    let chunk = (unchecked.count + parts - 1) / parts
    let slots = ViolationSlots(count: parts)
    DispatchQueue.concurrentPerform(iterations: parts + 1) { part in
      if part == parts {
        slots.store(catalog: Catalog(plans: plans))
      } else {
        let range = min(part * chunk, unchecked.count)..<min((part + 1) * chunk, unchecked.count)
        slots.store(PlanRules.checkPlans(plans, at: unchecked[range]), at: part)
      }
    }
    let catalog = slots.catalog ?? Catalog(plans: plans)
    return (catalog, slots.all + PlanRules.checkAcross(catalog))
  }

  /// Rule violations mapped to the file and line of the field they name.
  static func locate(_ violations: [PlanViolation], files: [String]) -> [FileProblem] {
    guard !violations.isEmpty else { return [] }
    var reread: [String: PlanFileReader.Result] = [:]
    return violations.map { violation in
      let file = files[violation.planIndex]
      if reread[file] == nil, let bytes = FileBytes.read(file) {
        reread[file] = PlanFileReader.read(bytes: bytes, file: file)
      }
      let line = reread[file].map { PlanFileReader.line(of: violation.path, in: $0) } ?? 0
      return FileProblem(file: file, line: line, message: violation.message)
    }
  }
}

/// Violations found by parallel checkers, one slot each, and the catalog built beside them.
private final class ViolationSlots: @unchecked Sendable {
  private var slots: [[PlanViolation]]
  private(set) var catalog: Catalog?
  private let lock = NSLock()

  init(count: Int) { slots = Array(repeating: [], count: count) }

  func store(_ violations: [PlanViolation], at index: Int) {
    lock.lock()
    slots[index] = violations
    lock.unlock()
  }

  func store(catalog: Catalog) {
    lock.lock()
    self.catalog = catalog
    lock.unlock()
  }

  var all: [PlanViolation] { slots.flatMap { $0 } }
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

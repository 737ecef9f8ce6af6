import Dispatch
import Foundation
import PlanModel
import Yams

/// Loads plan files in parallel, then checks the model's rules across all of them; every
/// problem comes back as `file:line: message`.
public enum PlanLoader {
  /// Loads every plan file found under `paths`. `progress` is called with (done, total) as
  /// files finish, from any thread.
  ///
  /// With a `cache`, a file whose content is unchanged since the cache was written is not
  /// parsed again; the cache is rewritten when anything was parsed. A clean load also
  /// writes the plans' index (`IndexedPlans`); while it is fresh, a later load decodes
  /// every plan from the cache without reading, hashing or checking the files again.
  public static func load(
    paths: [String], cache: PlanCache? = nil, progress: (@Sendable (Int, Int) -> Void)? = nil
  ) -> LoadResult {
    let observedAt = FileStamp.now()
    if let cache, let indexed = IndexedPlans.open(paths: paths, cache: cache),
      let all = indexed.loadAll()
    {
      return all
    }
    let listing = PlanFileList.listing(paths)
    let files = listing.files
    let writers = LazyCacheWriter(cache: cache)
    let (results, hashes, stamps) = readAll(
      files, cache: cache, writers: writers, progress: progress)
    var problems = listing.problems
    var plans: [Plan] = []
    var planFiles: [String] = []
    var planHashes: [ContentHash?] = []
    var unchecked: [Int] = []
    for (index, (file, result)) in zip(files, results).enumerated() {
      problems += result.problems
      if let plan = result.plan {
        if !result.ownChecked { unchecked.append(plans.count) }
        plans.append(plan)
        planFiles.append(file)
        planHashes.append(hashes[index])
      }
    }
    // Plans from the cache, or parsed and written to the new cache, passed their own checks
    // already; the others are checked alone here. The cross-file checks run on all.
    let (catalog, violations) = checkInParallel(plans, unchecked: unchecked)
    problems += locate(violations, files: planFiles)
    problems.sort { ($0.file, $0.line) < ($1.file, $1.line) }
    if let cache, let writer = writers.writer {
      // The new cache also keeps the unchanged plans, copied from the old one.
      do {
        for case let hash? in planHashes where !writer.contains(hash) {
          if let blob = cache.blob(for: hash) { _ = try writer.append(hash, blob: blob) }
        }
        try writer.finish()
      } catch {
        // A cache that cannot be written only costs the next start its speed.
        writer.abandon()
      }
    }
    if let cache {
      let built =
        problems.isEmpty
        ? PlanIndexBuilder.build(
          roots: paths, observedAt: observedAt, files: files, folders: listing.folders,
          stamps: stamps, hashes: hashes, catalog: catalog) : nil
      writeIndex(built, for: cache)
    }
    return LoadResult(
      catalog: catalog, files: planFiles, problems: problems, fileCount: files.count)
  }

  /// Keeps the index of a clean load beside the cache; after a load with problems none is
  /// kept (commands then load every plan, and report the problems).
  static func writeIndex(_ built: (index: PlanIndex, idTable: [UInt8])?, for cache: PlanCache) {
    guard let built,
      (try? PlanIndexFile.write(built.index, idTable: built.idTable, to: cache.indexPath)) != nil
    else {
      try? FileManager.default.removeItem(atPath: cache.indexPath)
      return
    }
  }

  /// Reads every file in parallel: from the cache when its content hash is there, else by
  /// parsing — and then, when it passes its own checks, straight into the new cache, keeping
  /// the plan with its measure texts deferred to that file. Returns the results and each
  /// file's content hash.
  static func readAll(
    _ files: [String], cache: PlanCache?, writers: LazyCacheWriter,
    progress: (@Sendable (Int, Int) -> Void)?
  ) -> (results: [PlanFileReader.Result], hashes: [ContentHash?], stamps: [FileStamp?]) {
    let slots = ResultSlots(count: files.count)
    DispatchQueue.concurrentPerform(iterations: files.count) { index in
      let file = files[index]
      var result: PlanFileReader.Result
      if let (bytes, stamp) = FileBytes.readStamped(file) {
        let hash = cache.map { _ in ContentHash(of: bytes) }
        slots.store(stamp: stamp, at: index)
        if let hash, let plan = cache?.plan(for: hash) {
          result = PlanFileReader.Result(plan: plan, problems: [], root: nil, ownChecked: true)
        } else {
          result = PlanFileReader.read(bytes: bytes, file: file)
          if let hash, let writer = writers.get() {
            cacheParsed(&result, file: file, hash: hash, writer: writer)
          }
        }
        slots.store(hash: hash, at: index)
      } else {
        result = PlanFileReader.Result(
          plan: nil, problems: [FileProblem(file: file, line: 0, message: FileText.fileUnreadable)],
          root: nil)
      }
      // The YAML tree is dropped at once: kept for thousands of files it would dominate
      // memory. Rule violations, which are rare, read their file again for its lines.
      result.root = nil
      let done = slots.store(result, at: index)
      progress?(done, files.count)
    }
    return (slots.results, slots.hashes, slots.stamps)
  }

  /// Checks a freshly parsed plan on its own; a clean one goes into the new cache and is
  /// kept in its deferred-text form (its own problems are reported with their lines here,
  /// while the YAML tree is at hand).
  static func cacheParsed(
    _ result: inout PlanFileReader.Result, file: String, hash: ContentHash, writer: CacheWriter
  ) {
    guard let plan = result.plan, let root = result.root else { return }
    let own = PlanRules.checkPlans([plan], at: 0..<1)
    result.ownChecked = true
    guard own.isEmpty else {
      // Kept (so the cross-file checks see it, as without a cache) but not cached.
      result.problems += own.map { violation in
        problem(violation) { _, path in (file, NodePath.line(of: path, in: root)) }
      }
      return
    }
    let blob = PlanSchema.encode(plan)
    guard let offset = try? writer.append(hash, blob: blob) else { return }
    var reader = BinaryReader(blob)
    if let deferred = try? PlanSchema.decode(&reader, texts: (writer.texts, offset)) {
      result.plan = deferred
    }
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
    // Only the YAML tree is read again, for the lines; no plan is rebuilt.
    var trees: [String: Node?] = [:]
    return violations.map { violation in
      problem(violation) { planIndex, path in
        let file = files[planIndex]
        if trees[file] == nil { trees[file] = FileBytes.read(file).flatMap(PlanFileReader.tree) }
        return (file, (trees[file] ?? nil).map { NodePath.line(of: path, in: $0) } ?? 0)
      }
    }
  }

  /// A violation as a file problem; `place` gives the file and line of a plan's field. A
  /// duplicate names where the id was first defined as `file:line`.
  static func problem(
    _ violation: PlanViolation, place: (_ planIndex: Int, _ path: [String]) -> (String, Int)
  ) -> FileProblem {
    let (file, line) = place(violation.planIndex, violation.path)
    var message = violation.message
    if let first = violation.firstDefinedAt {
      let (firstFile, firstLine) = place(first.planIndex, first.path)
      message =
        message + RuleText.firstDefinedAt(FileProblem.place(file: firstFile, line: firstLine))
    }
    return FileProblem(file: file, line: line, message: message)
  }
}

/// The new cache's writer, created on the first parsed file (a load that parses nothing
/// leaves the cache as it is).
final class LazyCacheWriter: @unchecked Sendable {
  private let cache: PlanCache?
  private(set) var writer: CacheWriter?
  private var failed = false
  private let lock = NSLock()

  init(cache: PlanCache?) { self.cache = cache }

  func get() -> CacheWriter? {
    lock.lock()
    defer { lock.unlock() }
    guard let cache, !failed else { return nil }
    if writer == nil {
      writer = try? cache.startWriting()
      failed = writer == nil
    }
    return writer
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
  private(set) var stamps: [FileStamp?]
  private var done = 0
  private let lock = NSLock()

  init(count: Int) {
    slots = Array(repeating: nil, count: count)
    hashes = Array(repeating: nil, count: count)
    stamps = Array(repeating: nil, count: count)
  }

  func store(stamp: FileStamp, at index: Int) {
    lock.lock()
    stamps[index] = stamp
    lock.unlock()
  }

  func store(hash: ContentHash?, at index: Int) {
    lock.lock()
    hashes[index] = hash
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

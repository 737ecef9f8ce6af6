import PlanModel
import Yams

/// Reads one plan file's bytes into a `Plan`, or the problems that stop it.
public enum PlanFileReader {
  /// The result of reading one file: the plan (when it could be built), its problems, and
  /// the YAML tree for pointing later rule violations at their lines.
  public struct Result: @unchecked Sendable {
    public var plan: Plan?
    public var problems: [FileProblem]
    var root: Node?
    /// True when the plan passed its own checks already (it came from the cache, or was
    /// checked as it was parsed); only the cross-file checks remain.
    var ownChecked = false
  }

  public static func read(bytes: [UInt8], file: String) -> Result {
    var bytes = bytes
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    if let line = UTF8Check.firstInvalidLine(bytes) {
      return Result(
        plan: nil,
        problems: [
          FileProblem(file: file, line: line, message: FileText.notUTF8)
        ], root: nil)
    }
    let text = String(decoding: bytes, as: UTF8.self)
    return read(text: text, file: file)
  }

  public static func read(text: String, file: String) -> Result {
    let root: Node?
    do {
      root = try Yams.compose(yaml: text, .basic)
    } catch let error as YamlError {
      return Result(plan: nil, problems: [problem(for: error, file: file)], root: nil)
    } catch {
      return Result(
        plan: nil,
        problems: [FileProblem(file: file, line: 0, message: FileText.brokenYAML("\(error)"))],
        root: nil)
    }
    guard let root else {
      return Result(
        plan: nil, problems: [FileProblem(file: file, line: 1, message: FileText.empty)],
        root: nil)
    }
    let sink = ProblemSink(file: file)
    let plan = PlanDecoder(sink: sink).plan(root)
    return Result(plan: sink.problems.isEmpty ? plan : nil, problems: sink.problems, root: root)
  }

  static func problem(for error: YamlError, file: String) -> FileProblem {
    switch error {
    case .scanner(let context, let problem, let mark, _),
      .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      let detail = context.map { "\(problem) (\($0.text))" } ?? problem
      return FileProblem(file: file, line: mark.line, message: FileText.brokenYAML(detail))
    case .duplicatedKeysInMapping(let duplicates, let context):
      return FileProblem(
        file: file, line: context.mark.line,
        message: FileText.duplicateKeys(duplicates))
    case .reader(let problem, let offset, _, let yaml):
      let line =
        offset.map { yaml.utf8.prefix($0).filter { $0 == UInt8(ascii: "\n") }.count + 1 } ?? 0
      return FileProblem(file: file, line: line, message: FileText.unreadableText(problem))
    default:
      return FileProblem(file: file, line: 0, message: FileText.brokenYAML("\(error)"))
    }
  }

  /// The YAML tree of a file that read cleanly before (for pointing at a line): no plan
  /// is built.
  static func tree(bytes: [UInt8]) -> Node? {
    let text = String(
      decoding: bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes,
      as: UTF8.self)
    return try? Yams.compose(yaml: text, .basic)
  }
}

/// Why the store could not be opened or changed. Each description is one line naming the
/// store file; when one of these is thrown the file has not been written.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The file is not an SQLite database, or SQLite finds it damaged.
  case corrupt(path: String, detail: String)
  /// The file is shorter than its own header says.
  case truncated(path: String, expectedBytes: Int, actualBytes: Int)
  /// The file was written by a newer plandash.
  case newerSchema(path: String, found: Int, supported: Int)
  /// The file or its folder may not be written.
  case readOnly(path: String, detail: String)
  /// Another process held the write lock for longer than the busy timeout.
  case locked(path: String, waitedSeconds: Double)
  /// The file cannot be opened or created at all.
  case cannotOpen(path: String, detail: String)
  /// Undo with no change left to take back.
  case nothingToUndo(path: String)
  /// Redo with no undone change to re-apply.
  case nothingToRedo(path: String)
  /// Any other SQLite failure.
  case database(path: String, detail: String)

  public var path: String {
    switch self {
    case .corrupt(let path, _), .truncated(let path, _, _), .newerSchema(let path, _, _),
      .readOnly(let path, _), .locked(let path, _), .cannotOpen(let path, _),
      .nothingToUndo(let path), .nothingToRedo(let path), .database(let path, _):
      path
    }
  }

  public var description: String {
    switch self {
    case .corrupt(let path, let detail):
      "store \(path) is corrupt (\(detail)); it was left as it is"
    case .truncated(let path, let expected, let actual):
      "store \(path) is truncated (\(actual) bytes, its header says \(expected)); it was left as it is"
    case .newerSchema(let path, let found, let supported):
      "store \(path) has schema version \(found), newer than this plandash supports (\(supported)); "
        + "update plandash — the store was left as it is"
    case .readOnly(let path, let detail):
      "store \(path) is read-only (\(detail)); nothing was changed"
    case .locked(let path, let waited):
      "store \(path) is locked by another writer (waited \(Self.seconds(waited)) s); nothing was changed, try again"
    case .cannotOpen(let path, let detail):
      "store \(path) cannot be opened (\(detail))"
    case .nothingToUndo(let path):
      "nothing to undo in store \(path)"
    case .nothingToRedo(let path):
      "nothing to redo in store \(path)"
    case .database(let path, let detail):
      "store \(path): \(detail); nothing was changed"
    }
  }

  private static func seconds(_ value: Double) -> String {
    value == value.rounded() ? String(Int(value)) : String(value)
  }
}

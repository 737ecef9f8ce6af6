import PlanModel

/// Why the store could not be opened or changed. Each description is one line naming the
/// store file; when one of these is thrown the file has not been written.
public enum StoreError: UserFacingError, Equatable, Sendable, CustomStringConvertible {
  /// The file is not an SQLite database, or SQLite finds it damaged.
  case corrupt(path: String, detail: Localized)
  /// The file is shorter than its own header says.
  case truncated(path: String, expectedBytes: Int, actualBytes: Int)
  /// The file was written by a newer plandash.
  case newerSchema(path: String, found: Int, supported: Int)
  /// The file or its folder may not be written.
  case readOnly(path: String, detail: Localized)
  /// Another process held the write lock for longer than the busy timeout.
  case locked(path: String, waitedSeconds: Double)
  /// The file cannot be opened or created at all.
  case cannotOpen(path: String, detail: Localized)
  /// Undo with no change left to take back.
  case nothingToUndo(path: String)
  /// Redo with no undone change to re-apply.
  case nothingToRedo(path: String)
  /// Any other SQLite failure.
  case database(path: String, detail: Localized)

  public var path: String {
    switch self {
    case .corrupt(let path, _), .truncated(let path, _, _), .newerSchema(let path, _, _),
      .readOnly(let path, _), .locked(let path, _), .cannotOpen(let path, _),
      .nothingToUndo(let path), .nothingToRedo(let path), .database(let path, _):
      path
    }
  }

  /// One line naming the store file, in English (the `message`'s English).
  public var description: String { message.en }

  /// One line naming the store file, in Chinese and English; SQLite's own detail, which
  /// only comes in English, is quoted as it is.
  public var message: Localized {
    switch self {
    case .corrupt(let path, let detail):
      Localized(
        zh: "进度库 \(path) 已损坏（\(detail.zh)），文件保持原样",
        en: "store \(path) is corrupt (\(detail.en)); it was left as it is")
    case .truncated(let path, let expected, let actual):
      Localized(
        zh: "进度库 \(path) 不完整（\(actual)字节，文件头记为\(expected)字节），文件保持原样",
        en:
          "store \(path) is truncated (\(actual) bytes, its header says \(expected)); it was left as it is"
      )
    case .newerSchema(let path, let found, let supported):
      Localized(
        zh: "进度库 \(path) 的结构版本为\(found)，比本版 plandash 支持的（\(supported)）新；请更新 plandash，文件保持原样",
        en:
          "store \(path) has schema version \(found), newer than this plandash supports (\(supported)); "
          + "update plandash — the store was left as it is")
    case .readOnly(let path, let detail):
      Localized(
        zh: "进度库 \(path) 只读（\(detail.zh)），未做任何更改",
        en: "store \(path) is read-only (\(detail.en)); nothing was changed")
    case .locked(let path, let waited):
      Localized(
        zh: "进度库 \(path) 正被另一进程写入（已等待\(Self.seconds(waited))秒），未做任何更改，请重试",
        en:
          "store \(path) is locked by another writer (waited \(Self.seconds(waited)) s); nothing was changed, try again"
      )
    case .cannotOpen(let path, let detail):
      Localized(
        zh: "无法打开进度库 \(path)（\(detail.zh)）", en: "store \(path) cannot be opened (\(detail.en))")
    case .nothingToUndo(let path):
      Localized(zh: "进度库 \(path) 中没有可撤销的更改", en: "nothing to undo in store \(path)")
    case .nothingToRedo(let path):
      Localized(zh: "进度库 \(path) 中没有可重做的更改", en: "nothing to redo in store \(path)")
    case .database(let path, let detail):
      Localized(
        zh: "进度库 \(path)：\(detail.zh)，未做任何更改",
        en: "store \(path): \(detail.en); nothing was changed")
    }
  }

  private static func seconds(_ value: Double) -> String {
    value == value.rounded() ? String(Int(value)) : String(value)
  }
}

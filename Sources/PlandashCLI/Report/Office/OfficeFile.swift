import Dashboard
import Foundation

/// Where a Word or Excel report goes (`--out F`, or a name the dashboard chose), written
/// whole or not at all: into a temporary file in the same folder, then moved into place in
/// one step — never over an existing file unless asked (`replace`), or under the next free
/// name (`合川区-督查通报-2026-12-06-2.docx`) when the dashboard asks for one. Every refusal
/// is one line in the user's language, naming the path.
struct OfficeFile {
  enum Existing {
    /// An existing file stops the write (`--out` without `--force`).
    case refuse
    /// It is replaced (`--force`).
    case replace
    /// The next free name is taken: `F-2.docx`, `F-3.docx` ….
    case number
  }

  var path: String
  var existing: Existing
  var lang: Language
  /// How refusals name the file: `--out F` on the command line, the path in the dashboard.
  var subject: String

  init(_ path: String, existing: Existing, _ lang: Language, subject: String? = nil) {
    self.path = path
    self.existing = existing
    self.lang = lang
    self.subject = subject ?? "--out \(path)"
  }

  var folder: String {
    let folder = (path as NSString).deletingLastPathComponent
    return folder.isEmpty ? "." : folder
  }

  func refusal(_ message: Localized) -> CLIError { CLIError(message) }

  /// Refuses at once a path whose folder is missing, not a folder or not writable, or a
  /// file that exists (unless it may be replaced or numbered) — before any work is done.
  func check() throws {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) else {
      throw refusal(OfficeErrors.missingFolder(subject, folder))
    }
    guard isFolder.boolValue else { throw refusal(OfficeErrors.notAFolder(subject, folder)) }
    if access(folder, W_OK) != 0 {
      throw refusal(OfficeErrors.unwritable(subject, folder, Self.errnoText()))
    }
    var pathIsFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &pathIsFolder) {
      if pathIsFolder.boolValue { throw refusal(OfficeErrors.isAFolder(subject)) }
      if existing == .refuse { throw refusal(OfficeErrors.exists(subject)) }
    }
  }

  /// Writes through `produce` (given a temporary path in the same folder) and moves the
  /// result into place; returns the path written (another where `existing` is `.number`).
  @discardableResult
  func write(_ produce: (String) throws -> Void) throws -> String {
    try check()
    let name = (path as NSString).lastPathComponent
    let temporary = (folder as NSString).appendingPathComponent(
      ".\(name).\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp")
    defer { unlink(temporary) }
    // A folder whose mode allows writing may still take no file (a read-only or special
    // file system, or root's view of a folder): try one before any work is done.
    if let reason = Self.reason(creating: temporary) {
      throw refusal(OfficeErrors.unwritable(subject, folder, reason))
    }
    do {
      try produce(temporary)
    } catch {
      throw refusal(OfficeErrors.notWritten(subject, "\(error)"))
    }
    return try place(temporary)
  }

  /// Why a file cannot be created at `path`, or nil when it can.
  static func reason(creating path: String) -> String? {
    let fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
    guard fd < 0 else {
      close(fd)
      unlink(path)
      return nil
    }
    return errnoText()
  }

  /// Moves the finished file into place in one step: `rename` where it may replace, else
  /// `link` (which never replaces) and the temporary name removed.
  func place(_ temporary: String) throws -> String {
    if existing == .replace {
      guard rename(temporary, path) == 0 else {
        throw refusal(OfficeErrors.notWritten(subject, Self.errnoText()))
      }
      return path
    }
    var candidate = path
    var number = 1
    while link(temporary, candidate) != 0 {
      guard errno == EEXIST else {
        throw refusal(OfficeErrors.notWritten(subject, Self.errnoText()))
      }
      guard existing == .number else { throw refusal(OfficeErrors.exists(subject)) }
      number += 1
      candidate = Self.numbered(path, number)
    }
    return candidate
  }

  /// `F.docx` → `F-2.docx`.
  static func numbered(_ path: String, _ number: Int) -> String {
    let ext = (path as NSString).pathExtension
    let stem = (path as NSString).deletingPathExtension
    return ext.isEmpty ? "\(stem)-\(number)" : "\(stem)-\(number).\(ext)"
  }

  static func errnoText() -> String { String(cString: strerror(errno)) }
}

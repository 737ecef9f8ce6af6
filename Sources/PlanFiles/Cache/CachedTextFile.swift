import Foundation
import PlanModel

#if canImport(Glibc)
  import Glibc
#endif

/// The load cache file as a source of deferred measure texts: each read is positional, so
/// any thread may ask. The file stays open while any text refers to it; a cache rewritten
/// meanwhile is a new file (written aside and renamed), so these offsets stay valid.
final class CachedTextFile: DeferredTextSource {
  private let fd: Int32

  init?(path: String) {
    fd = open(path, O_RDONLY | O_CLOEXEC)
    if fd < 0 { return nil }
  }

  deinit { close(fd) }

  func text(at offset: Int, length: Int) -> String {
    guard let bytes = FileBytes.readRange(fd: fd, offset: offset, length: length) else {
      return "(text unavailable: the plan cache could not be read)"
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}

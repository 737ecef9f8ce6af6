#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writing to standard output and standard error without buffering surprises: each call is
/// written out at once, whole, with `write(2)`. (Not `FileHandle.write(Data(text.utf8))`:
/// building `Data` from a string's UTF-8 view asks the Swift runtime whether the view is
/// contiguous bytes, a search of every conformance in the binary that cost a `mark` about
/// a tenth of a millisecond; docs/benchmarks.md, issue 15.)
enum StandardStreams {
  static func out(_ text: String) { write(text, to: 1) }

  static func err(_ text: String) { write(text, to: 2) }

  private static func write(_ text: String, to descriptor: Int32) {
    var text = text
    text.withUTF8 { bytes in
      var offset = 0
      while offset < bytes.count {
        let written = systemWrite(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
        if written > 0 {
          offset += written
        } else if written < 0 && errno == EINTR {
          continue
        } else {
          return  // a closed pipe or a full disk: nothing more can be written
        }
      }
    }
  }
}

private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
  #if canImport(Glibc)
    Glibc.write(fd, buffer, count)
  #else
    Darwin.write(fd, buffer, count)
  #endif
}

import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Turns a file's bytes into text, finding the encoding rather than assuming it: a byte-order
/// mark first (UTF-8, UTF-16), else UTF-8 when every byte sequence is valid UTF-8, else
/// GB18030 (a superset of GBK and GB2312, in which most Chinese office files not in UTF-8
/// are saved). Text that decodes but is mostly control characters is binary, not text.
enum TextDecoding {
  /// The encodings it tells apart, as reported to whoever asks.
  enum Encoding: String, Sendable {
    case utf8, utf16LE, utf16BE, gb18030
  }

  /// The text and the encoding it was found in, or nil when the bytes are not text.
  static func decode(_ bytes: [UInt8]) -> (text: String, encoding: Encoding)? {
    let decoded: (String, Encoding)?
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      decoded = utf8(bytes.dropFirst(3)).map { ($0, .utf8) }
    } else if bytes.starts(with: [0xFF, 0xFE]) {
      decoded = utf16(bytes.dropFirst(2), littleEndian: true).map { ($0, .utf16LE) }
    } else if bytes.starts(with: [0xFE, 0xFF]) {
      decoded = utf16(bytes.dropFirst(2), littleEndian: false).map { ($0, .utf16BE) }
    } else if let text = utf8(bytes[...]) {
      decoded = (text, .utf8)
    } else {
      decoded = gb18030(bytes).map { ($0, .gb18030) }
    }
    guard let decoded, looksLikeText(decoded.0) else { return nil }
    return decoded
  }

  /// The text when the bytes are all valid UTF-8.
  static func utf8(_ bytes: ArraySlice<UInt8>) -> String? {
    String(validating: bytes, as: UTF8.self)
  }

  static func utf16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> String? {
    guard bytes.count % 2 == 0 else { return nil }
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2)
    var index = bytes.startIndex
    while index < bytes.endIndex {
      let first = UInt16(bytes[index])
      let second = UInt16(bytes[index + 1])
      units.append(littleEndian ? first | second << 8 : first << 8 | second)
      index += 2
    }
    return String(validating: units, as: UTF16.self)
  }

  /// The text when the bytes are all valid GB18030, converted by the C library's iconv.
  static func gb18030(_ bytes: [UInt8]) -> String? {
    convert(bytes, from: "GB18030")
  }

  /// `bytes` in `encoding` as text, by iconv; nil when a sequence is invalid or incomplete.
  static func convert(_ bytes: [UInt8], from encoding: String) -> String? {
    let converter = iconv_open("UTF-8", encoding)
    guard let converter, converter != iconv_t(bitPattern: -1) else { return nil }
    defer { iconv_close(converter) }
    var input = bytes.map { CChar(bitPattern: $0) }
    var output = [CChar](repeating: 0, count: bytes.count * 2 + 16)
    let outputCapacity = output.count
    var inLeft = input.count
    var outLeft = outputCapacity
    let result = input.withUnsafeMutableBufferPointer { inBuffer in
      output.withUnsafeMutableBufferPointer { outBuffer in
        var inPointer: UnsafeMutablePointer<CChar>? = inBuffer.baseAddress
        var outPointer: UnsafeMutablePointer<CChar>? = outBuffer.baseAddress
        return iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
      }
    }
    guard result != -1, inLeft == 0 else { return nil }
    let written = output[..<(outputCapacity - outLeft)].map { UInt8(bitPattern: $0) }
    return String(validating: written, as: UTF8.self)
  }

  /// Whether decoded text reads as text: no NUL, and control characters (other than tab,
  /// line and page breaks) and private-use characters under one in fifty.
  static func looksLikeText(_ text: String) -> Bool {
    var total = 0
    var odd = 0
    for scalar in text.unicodeScalars {
      total += 1
      if scalar.value == 0 { return false }
      if isOdd(scalar) { odd += 1 }
    }
    return odd * 50 <= total
  }

  private static func isOdd(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x0A, 0x0C, 0x0D: false
    case 0x00..<0x20, 0x7F..<0xA0, 0xFFFD: true
    case 0xE000...0xF8FF: true
    default: false
    }
  }
}

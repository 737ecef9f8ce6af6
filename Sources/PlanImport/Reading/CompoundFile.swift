/// Recognises an OLE2 compound file (the container of .doc, .wps, and of an encrypted
/// .docx) and whether it holds an encrypted Office package.
enum CompoundFile {
  static func isCompound(_ bytes: [UInt8]) -> Bool {
    bytes.starts(with: DocumentKind.compoundFileSignature)
  }

  /// Whether the header is a compound file's (byte order FFFE, 512- or 4096-byte sectors)
  /// and the file ends on a sector's end — a cut or damaged file does not.
  static func isWellFormed(_ bytes: [UInt8]) -> Bool {
    guard bytes.count >= 1024, bytes[28] == 0xFE, bytes[29] == 0xFF else { return false }
    let shift = Int(bytes[30]) | Int(bytes[31]) << 8
    guard shift == 9 || shift == 12 else { return false }
    return (bytes.count - 512) % (1 << shift) == 0
  }

  /// Whether the container holds the `EncryptedPackage` stream a password-protected
  /// .docx (or .xlsx) is saved as; its directory names the stream in UTF-16.
  static func holdsEncryptedPackage(_ bytes: [UInt8]) -> Bool {
    let name = Array("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
    guard bytes.count >= name.count else { return false }
    var index = 0
    while index <= bytes.count - name.count {
      if bytes[index] == name[0], bytes[index..<(index + name.count)].elementsEqual(name) {
        return true
      }
      index += 1
    }
    return false
  }
}

import Foundation
import ZIPFoundation

/// An Open Packaging Conventions file (.docx): named parts written into one ZIP archive
/// through ZIPFoundation, `[Content_Types].xml` first as Word and WPS expect, deflated.
public struct ZipPackage {
  public struct Part {
    public var path: String
    public var data: Data

    public init(path: String, xml: String) {
      self.path = path
      self.data = Data(xml.utf8)
    }
  }

  public var parts: [Part]

  public init(parts: [Part]) { self.parts = parts }

  /// Writes the archive to a new file at `url` (which must not exist yet).
  public func write(to url: URL, modified: Date = Date()) throws {
    let archive = try Archive(url: url, accessMode: .create)
    for part in parts {
      let data = part.data
      try archive.addEntry(
        with: part.path, type: .file, uncompressedSize: Int64(data.count),
        modificationDate: modified, compressionMethod: .deflate,
        provider: { position, size in
          data.subdata(in: Int(position)..<Int(position) + size)
        })
    }
  }
}

import Foundation
import ZIPFoundation

/// A .docx or .xlsx opened as the ZIP archive it is: its part names and each part's text.
public struct OfficeArchive {
  let archive: Archive

  public init(_ path: String) throws {
    archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
  }

  /// Every part's name, in the order stored.
  public var parts: [String] { archive.map(\.path) }

  public func data(_ part: String) throws -> Data {
    guard let entry = archive[part] else {
      throw XMLTreeError(description: "no part \(part) (parts: \(parts.joined(separator: ", ")))")
    }
    var data = Data()
    _ = try archive.extract(entry) { data.append($0) }
    return data
  }

  public func text(_ part: String) throws -> String {
    String(decoding: try data(part), as: UTF8.self)
  }

  public func xml(_ part: String) throws -> XMLTree { try XMLTree.parse(try data(part)) }
}

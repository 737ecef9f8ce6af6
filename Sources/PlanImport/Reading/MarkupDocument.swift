import CLazyLibraries
import Foundation

/// A web page or an XML part parsed by libxml2, which is opened when first needed
/// (CLazyLibraries). Its nodes (`MarkupNode`) are valid while it lives.
final class MarkupDocument {
  private let document: OpaquePointer

  /// libxml2 can be used (a missing library is reported by the reader that needs it).
  static var isAvailable: Bool { plandash_load_libxml2() == 1 }

  private init?(_ bytes: [UInt8], read: (UnsafePointer<CChar>?, Int32) -> OpaquePointer?) {
    guard Self.isAvailable, bytes.count < Int(Int32.max) else { return nil }
    let parsed = bytes.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) { read($0.baseAddress, Int32($0.count)) }
    }
    guard let parsed else { return nil }
    document = parsed
  }

  /// A page read as browsers read it (broken markup mended); nil when nothing was read.
  convenience init?(html bytes: [UInt8]) {
    self.init(bytes) { plandash_markup_read_html($0, $1) }
  }

  /// A well-formed XML document; nil when it is not one.
  convenience init?(xml bytes: [UInt8]) {
    self.init(bytes) { plandash_markup_read_xml($0, $1) }
  }

  deinit { plandash_markup_free(document) }

  /// The document's element.
  var root: MarkupNode? { plandash_markup_root(document).map(MarkupNode.init) }
}

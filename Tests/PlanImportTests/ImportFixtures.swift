import Foundation
import PlandashTestSupport

/// The input fixtures of `plandash import` (Tests/Fixtures/import, made by
/// scripts/make-import-fixtures.sh) and the seed texts they were made from.
enum ImportFixtures {
  static let folder = PackagePaths.root + "/Tests/Fixtures/import"

  static func url(_ name: String) -> URL {
    URL(fileURLWithPath: folder + "/" + name)
  }

  /// A seed text's non-empty lines, trimmed: the paragraphs every reader should give back.
  static func seedParagraphs(_ name: String) -> [String] {
    let text = PackagePaths.text(PackagePaths.seeds + "/" + name) ?? ""
    return text.split(whereSeparator: \.isNewline)
      .map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty }
  }
}

import Foundation

/// A PDF's page furniture: page numbers ("- 3 -", "第3页", "3/12", "3") and running heads
/// and feet (a line in a page's top or bottom tenth whose text, digits aside, recurs on
/// two pages or more and at least half of them) — each alone on its line, so a table's 序号 is never taken.
enum PDFFurniture {
  static func removed(from pages: [PDFPage]) -> [PDFPage] {
    var counts: [String: Int] = [:]
    for page in pages {
      for key in Set(page.lines.filter { inMargin($0, of: page) }.map(key)) {
        counts[key, default: 0] += 1
      }
    }
    // Recurring: on two pages or more, and on half of them (a two-page PDF's title, alone
    // in its first page's top tenth, is no running head).
    let repeated = Set(counts.filter { $0.value >= 2 && $0.value * 2 >= pages.count }.keys)
    return pages.map { page in
      var kept = page
      kept.lines = page.lines.filter { line in
        let alone = !page.lines.contains { other in
          other.xMin != line.xMin && other.yMin < line.yMax && line.yMin < other.yMax
        }
        return
          !(inMargin(line, of: page) && alone
          && (isPageNumber(line.text) || repeated.contains(key(line))))
      }
      return kept
    }
  }

  /// Whether the line lies in the page's top or bottom tenth.
  static func inMargin(_ line: PDFLine, of page: PDFPage) -> Bool {
    line.yMax <= page.height * 0.1 || line.yMin >= page.height * 0.9
  }

  /// The text with every digit made one sign, so "第3页" and "第4页" are the same foot.
  static func key(_ line: PDFLine) -> String {
    String(line.text.map { $0.isNumber ? "#" : $0 }.filter { !$0.isWhitespace })
  }

  /// A page number as printed alone on a line.
  static func isPageNumber(_ text: String) -> Bool {
    let compact = text.filter { !$0.isWhitespace }
    let stripped = compact.trimmingCharacters(in: .init(charactersIn: "-—–－·•第页共()（）/"))
    let parts = stripped.split(separator: "/")
    guard !parts.isEmpty, parts.count <= 2 else {
      return compact.range(of: #"^第\d+页(共\d+页)?$"#, options: .regularExpression) != nil
    }
    return parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCII) && Int($0) != nil }
      || compact.range(of: #"^第\d+页[，,]?(共\d+页)?$"#, options: .regularExpression) != nil
  }
}

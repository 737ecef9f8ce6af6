import Foundation

/// A PDF's text as poppler lays it out (`pdftotext -bbox-layout`): pages of lines, each
/// line's words with their boxes, in points from the page's top left.
struct PDFPage {
  var width: Double
  var height: Double
  var lines: [PDFLine]
}

struct PDFLine {
  struct Word {
    var text: String
    var xMin: Double
    var xMax: Double
  }

  var words: [Word]
  var xMin: Double
  var yMin: Double
  var xMax: Double
  var yMax: Double

  var height: Double { yMax - yMin }

  /// The words joined as they read: a space between two Latin words or numbers, none
  /// where either side is Chinese (poppler splits words at the gaps set around Latin
  /// text in Chinese lines).
  var text: String {
    var result = ""
    for word in words {
      if let last = result.last, let first = word.text.first,
        !TextCleaning.isWide(last), !TextCleaning.isWide(first)
      {
        result += " "
      }
      result += word.text
    }
    return result
  }
}

enum PDFBoxes {
  /// The pages of poppler's bounding-box XHTML; nil when it is not well-formed.
  static func pages(_ data: Data) -> [PDFPage]? {
    guard let root = XMLPart.parse(data) else { return nil }
    var pages: [PDFPage] = []
    collectPages(root, into: &pages)
    return pages
  }

  private static func collectPages(_ element: XMLPart, into pages: inout [PDFPage]) {
    for child in element.elements {
      if child.name == "page" {
        var lines: [PDFLine] = []
        collectLines(child, into: &lines)
        pages.append(
          PDFPage(
            width: number(child, "width"), height: number(child, "height"), lines: lines))
      } else {
        collectPages(child, into: &pages)
      }
    }
  }

  private static func collectLines(_ element: XMLPart, into lines: inout [PDFLine]) {
    for child in element.elements {
      guard child.name == "line" else {
        collectLines(child, into: &lines)
        continue
      }
      let words = child.elements.filter { $0.name == "word" }.map {
        PDFLine.Word(text: $0.text, xMin: number($0, "xMin"), xMax: number($0, "xMax"))
      }.filter { !TextCleaning.trimmed($0.text).isEmpty }
      guard !words.isEmpty else { continue }
      let line = PDFLine(
        words: words, xMin: number(child, "xMin"), yMin: number(child, "yMin"),
        xMax: number(child, "xMax"), yMax: number(child, "yMax"))
      lines += line.partedAtGaps
    }
  }

  private static func number(_ element: XMLPart, _ name: String) -> Double {
    element.attributes[name].flatMap(Double.init) ?? 0
  }
}

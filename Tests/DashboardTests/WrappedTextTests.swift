import Foundation
import PlanModel
import Testing

@testable import Dashboard

/// Wrapped text (detail pages) never loses or replaces a character: a wide character that
/// does not fit at the end of a line moves whole to the next one; `…` is only for cutting
/// one-line cells.
@Suite struct WrappedTextTests {
  /// Measure paragraphs as the seed plans print them (Chinese with full-width punctuation,
  /// ASCII figures, quotation marks of ambiguous width).
  static let paragraphs = [
    "以产业园区为主要载体，推动产业集群化、园区特色化发展，形成块状产业集群，加快构建以先进制造业为主体的现代产业体系，提高产业集中度高、关联性强的产业链供应链韧性。",
    "推动主导产业集群化发展，围绕“整车+零部件”协同发展，引进电驱动系统企业5家以上，培育专精特新“小巨人”企业12家，到2027年规模以上工业企业营业收入迈上1600亿元台阶。",
    "a加b快c构d建e",
  ]

  @Test func chineseParagraphsJoinBackWholeAtEveryWidthFrom10To40() {
    for text in Self.paragraphs {
      let glyphs = TextSanitizer.glyphs(text)
      let original = glyphs.text
      for width in 10...40 {
        let lines = TextLayout.wrap(glyphs, width: width)
        #expect(lines.map(\.text).joined() == original, "width \(width)")
        #expect(!lines.contains { $0.text.contains("…") && !original.contains("…") })
        for (i, line) in lines.enumerated() {
          #expect(line.displayWidth <= width, "width \(width) line \(i)")
          guard i + 1 < lines.count, let last = line.last, let next = lines[i + 1].first else {
            continue
          }
          // Every line break is one the line-breaking rules allow (no figure is long enough
          // here to be broken by force).
          #expect(
            LineBreakRules.allowsBreak(between: last, and: next),
            "width \(width) line \(i): \(line.text) | \(lines[i + 1].text)")
          // A line ends early only when the next character would not fit, or when the rules
          // allow no break after any of the characters that would still fit.
          let rest = lines[(i + 1)...].flatMap { $0 }
          var used = line.displayWidth
          var k = 0
          while k + 1 < rest.count && used + rest[k].width <= width {
            #expect(
              !LineBreakRules.allowsBreak(between: rest[k], and: rest[k + 1]),
              "width \(width) line \(i) could have held \(Array(rest[...k]).text)")
            used += rest[k].width
            k += 1
          }
        }
      }
    }
  }

  @Test func aWideCharacterWiderThanTheLineStillKeepsItsPlace() {
    let lines = TextLayout.wrap(TextSanitizer.glyphs("推动a"), width: 1)
    #expect(lines.map(\.text) == ["推", "动", "a"])
  }

  /// The page's text rows, without border, margin and indent, joined.
  static func pageText(_ screen: [String], heading: String, next: String) -> String {
    guard let start = screen.firstIndex(where: { $0.contains(heading) }) else { return "" }
    var text = ""
    for row in screen[(start + 1)...] {
      if row.contains(next) { break }
      var inner = Substring(row)
      if inner.first == "│" || inner.first == "|" { inner = inner.dropFirst() }
      if inner.last == "│" || inner.last == "|" { inner = inner.dropLast() }
      text += inner.trimmingCharacters(in: .whitespaces)
    }
    return text
  }

  @Test func measurePageShowsItsWholeTextAtEveryScreenWidth() {
    for text in Self.paragraphs.prefix(2) {
      var plan = Fixtures.hechuan
      plan.measures[0].text = text
      let catalog = Catalog(plans: [Fixtures.bazhong, plan])
      for width in 40...90 {
        let (engine, _) = Fixtures.engine(catalog: catalog, width: width, height: 60)
        let screen = Fixtures.type(engine, "j 5 Enter")
        let shown = Self.pageText(screen, heading: "正文", next: "记录")
        #expect(shown == TextSanitizer.glyphs(text).text, "screen width \(width)")
        #expect(!shown.contains("…"), "screen width \(width)")
      }
    }
  }

  @Test func fieldValuesWrapWithoutLosingCharacters() {
    var plan = Fixtures.hechuan
    plan.measures[0].responsibleUnits = [
      "区发展改革委", "区商务委", "区科技局", "区财政局", "区规划自然资源局", "区生态环境局", "区经济信息委",
    ]
    let catalog = Catalog(plans: [Fixtures.bazhong, plan])
    let joined = plan.measures[0].responsibleUnits.joined(separator: "、")
    for width in 40...90 {
      let (engine, _) = Fixtures.engine(catalog: catalog, width: width, height: 60)
      let screen = Fixtures.type(engine, "j 5 Enter")
      guard let start = screen.firstIndex(where: { $0.contains("责任单位") }) else {
        Issue.record("no 责任单位 at width \(width)")
        continue
      }
      // The label row, then rows whose label column is blank.
      var shown = ""
      for (i, row) in screen[start...].enumerated() {
        var inner = Substring(row).dropFirst()
        if inner.last == "│" { inner = inner.dropLast() }
        if i > 0 && !inner.hasPrefix(String(repeating: " ", count: 12)) { break }
        shown += inner.replacingOccurrences(of: "责任单位", with: "")
          .trimmingCharacters(in: .whitespaces)
      }
      #expect(shown == joined, "screen width \(width)")
    }
  }
}

import Foundation
import PlanModel
import Testing

@testable import PlanImport

/// The rules read full-width punctuation folded; every drafted item still carries its
/// sentence exactly as printed.
@Suite struct PrintedSourceTests {
  private func sources(_ plan: Plan) -> [String] {
    let refs =
      plan.targets.map(\.source) + plan.indicators.map(\.source)
      + plan.baselineIndicators.map(\.source) + plan.clusters.map(\.source)
      + plan.measures.map(\.source) + plan.ladders.map(\.source)
      + plan.ladders.flatMap { $0.tiers.map(\.source) }
    return refs.compactMap(\.text)
  }

  @Test func aFullWidthPassageKeepsItsSentencesAsPrinted() {
    let lines = [
      "甲县制造业倍增行动方案（2024—2027年）",
      "一、发展目标",
      "到2027年，全县规模以上工业增加值达到120亿元，年均增长10％以上；规上工业企业达到150家。",
      "二、重点任务",
      "（一）壮大竹木加工产业。建设竹木产业园，到2026年产值突破50亿元。（牵头单位：县经信局；责任单位：县发改局）",
    ]
    let plan = draft(lines)
    let texts = sources(plan)
    #expect(!texts.isEmpty)
    let printed = lines.joined(separator: "\n")
    for text in texts {
      #expect(printed.contains(text), "not as printed: \(text)")
    }
    // Folded, this would read `10%`: the printed `％` comes back.
    #expect(texts.contains("年均增长10％以上"), "\(texts)")
  }

  @Test func theFullWidthHeldOutDocumentsSentencesAreItsOwn() throws {
    let url = ImportFixtures.url("heldout/tongxi-district.txt")
    let text = try String(contentsOf: url, encoding: .utf8)
    let document = DocumentText(
      blocks: text.split(separator: "\n").map { .paragraph(String($0)) }, kind: .text)
    let texts = sources(PlanDrafter().draft(document))
    #expect(texts.count > 20)
    for sentence in texts { #expect(text.contains(sentence), "not as printed: \(sentence)") }
  }

  @Test func aHalfWidthTextIsLeftAlone() {
    let document = DocumentText(blocks: [.paragraph("到2027年,产值达到10亿元。")], kind: .text)
    #expect(PrintedText(document) == nil)
  }
}

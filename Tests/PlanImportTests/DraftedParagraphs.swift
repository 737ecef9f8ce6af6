import PlanModel
import Testing

@testable import PlanImport

/// The draft of a plain text made of these paragraphs, one a line: what the extraction
/// tests read their invented passages through.
func draft(_ lines: [String]) -> Plan {
  PlanDrafter().draft(DocumentText(blocks: lines.map { .paragraph($0) }, kind: .text))
}

/// Every goal of a draft with its figure: targets, indicators and measures' outputs.
func draftedFigures(_ plan: Plan) -> [(value: Double?, unit: String?, year: Int?)] {
  plan.targets.map { ($0.goal.target?.value, $0.goal.unit, $0.goal.target?.year) }
    + plan.indicators.map { ($0.goal.target?.value, $0.goal.unit, $0.goal.target?.year) }
    + plan.measures.flatMap(\.outputs).map { ($0.figure.value, $0.unit, $0.figure.year) }
}

/// Checks that each paragraph's unit note names these lead and responsible units.
func expectUnitNotes(
  _ cases: [(paragraph: String, lead: [String], responsible: [String])],
  sourceLocation: SourceLocation = #_sourceLocation
) {
  for (paragraph, lead, responsible) in cases {
    let notes = UnitNotes.read(paragraph)
    #expect(notes.lead == lead, "\(paragraph)", sourceLocation: sourceLocation)
    #expect(notes.responsible == responsible, "\(paragraph)", sourceLocation: sourceLocation)
  }
}

/// Every starting figure of a draft with its year: the baseline indicators and the targets'
/// baselines.
func draftedStartingFigures(_ plan: Plan) -> [(value: Double?, year: Int?)] {
  plan.baselineIndicators.map { ($0.baseline.value, $0.baseline.year) }
    + plan.targets.compactMap { target in target.goal.baseline.map { ($0.value, $0.year) } }
}

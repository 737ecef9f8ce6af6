import PlanModel

@testable import PlanImport

/// The draft of a plain text made of these paragraphs, one a line: what the extraction
/// tests read their invented passages through.
func draft(_ lines: [String]) -> Plan {
  PlanDrafter().draft(DocumentText(blocks: lines.map { .paragraph($0) }, kind: .text))
}

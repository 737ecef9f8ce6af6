/// Where a unit's report stands with the office: 待审核, 已审核, 退回 (with the office's note).
public enum ReviewState: String, Hashable, Sendable, CaseIterable {
  case pending
  case accepted
  case returned
}

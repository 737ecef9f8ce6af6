/// The recorded state of one measure.
public struct MeasureProgress: Hashable, Codable, Sendable {
  public var status: MeasureStatus
  public var note: String?
  /// Seconds since 1970 of the last change.
  public var updatedAt: Double?
  public var updatedBy: String?

  public init(
    status: MeasureStatus = .todo, note: String? = nil, updatedAt: Double? = nil,
    updatedBy: String? = nil
  ) {
    self.status = status
    self.note = note
    self.updatedAt = updatedAt
    self.updatedBy = updatedBy
  }
}

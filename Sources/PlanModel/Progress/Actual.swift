/// An actual figure recorded for a target, indicator or ladder tier in one year
/// (规上企业 2024 = 412).
public struct Actual: Hashable, Codable, Sendable {
  public var itemID: String
  public var year: Int
  public var value: Double
  public var note: String?

  public init(itemID: String, year: Int, value: Double, note: String? = nil) {
    self.itemID = itemID
    self.year = year
    self.value = value
    self.note = note
  }
}

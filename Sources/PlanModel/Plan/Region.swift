/// The administrative level of a region, as the plans name it.
public enum RegionLevel: String, CaseIterable, Codable, Sendable {
  case province = "省"
  case city = "市"
  case county = "县"
  case district = "区"
}

/// A region whose plan is loaded: a province, city, county or district.
public struct Region: Hashable, Codable, Sendable {
  public var id: String
  public var name: String
  public var level: RegionLevel
  public var province: String?
  /// The parent region's name; it may have no plan file of its own (Tongcheng's 咸宁市).
  public var parent: String?
  /// The parent region's id, where a plan file for it is loaded.
  public var parentID: String?

  public init(
    id: String, name: String, level: RegionLevel, province: String? = nil, parent: String? = nil,
    parentID: String? = nil
  ) {
    self.id = id
    self.name = name
    self.level = level
    self.province = province
    self.parent = parent
    self.parentID = parentID
  }
}

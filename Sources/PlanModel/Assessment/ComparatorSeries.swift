/// The comparator of a comparator target (高于全省平均水平) is recorded as its own series of
/// actuals, under the target's id with `.comparator` appended:
/// `plandash actual set bazhong.target.industrial-investment-growth.comparator --year 2024 --value 6.1`.
public enum ComparatorSeries {
  public static let suffix = ".comparator"

  /// The id the comparator series of an item is recorded under.
  public static func id(of ownerID: String) -> String { ownerID + suffix }

  /// The owner id of a comparator series id, or `nil` when `id` is not one.
  public static func ownerID(of id: String) -> String? {
    guard id.hasSuffix(suffix), id.count > suffix.count else { return nil }
    return String(id.dropLast(suffix.count))
  }
}

extension Catalog {
  /// The target or indicator of kind `comparator` whose comparator series `id` is, if any.
  public func comparatorOwner(of id: String) -> String? {
    guard let owner = ComparatorSeries.ownerID(of: id), goal(owner)?.kind == .comparator else {
      return nil
    }
    return owner
  }
}

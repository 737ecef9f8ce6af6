extension Catalog {
  /// How messages and pages name an item, rather than by its id: a target's metric, an
  /// indicator's, cluster's or ladder's name, a tier as `ladder › tier`, a measure's title;
  /// nil for an id the catalog does not hold.
  public func title(of id: String) -> String? {
    guard let address = address(of: id) else { return nil }
    let owner = plan(at: address.plan)
    switch address.kind {
    case .target: return owner.targets[address.index].metric
    case .indicator: return owner.indicators[address.index].name
    case .cluster: return owner.clusters[address.index].name
    case .ladder: return owner.ladders[address.index].name
    case .tier: return comparisonName(of: id)
    case .measure: return owner.measures[address.index].title
    }
  }
}

extension ItemKind {
  /// The kind's name in messages.
  public var name: Localized {
    switch self {
    case .target: Localized(zh: "目标", en: "target")
    case .cluster: Localized(zh: "集群", en: "cluster")
    case .ladder: Localized(zh: "梯度培育", en: "ladder")
    case .tier: Localized(zh: "梯队档次", en: "ladder tier")
    case .indicator: Localized(zh: "指标", en: "indicator")
    case .measure: Localized(zh: "措施", en: "measure")
    }
  }
}

/// How a message names an item: by its title in quotation marks, with the id after it
/// when the user typed the id (so they see what they typed); the id alone when the catalog
/// does not know it.
public enum ItemText {
  public static func named(_ id: String, in catalog: Catalog, typed: Bool) -> Localized {
    guard
      let title = catalog.title(of: id)
        ?? catalog.comparatorOwner(of: id).flatMap(catalog.title(of:))
    else { return Localized(verbatim: id) }
    let shown = catalog.address(of: id) == nil ? title + "（比较对象）" : title
    let shownEN = catalog.address(of: id) == nil ? title + " (comparator)" : title
    return Localized(
      zh: "“\(shown)”" + (typed ? "（\(id)）" : ""),
      en: "“\(shownEN)”" + (typed ? " (\(id))" : ""))
  }

  /// A range of years as each language writes it: `2023—2027`, `2023–2027`.
  public static func years(_ years: ClosedRange<Int>) -> Localized {
    Localized(
      zh: "\(years.lowerBound)—\(years.upperBound)", en: "\(years.lowerBound)–\(years.upperBound)")
  }

  /// A list of ids or names as each language separates them.
  public static func list(_ names: [String]) -> Localized {
    Localized(zh: names.joined(separator: "、"), en: names.joined(separator: ", "))
  }

  /// `（最接近：a、b）`, ` (closest: a, b)`, or nothing when there is no suggestion.
  public static func closest(_ names: [String]) -> Localized {
    guard !names.isEmpty else { return Localized(verbatim: "") }
    return Localized(
      zh: "（最接近：\(names.joined(separator: "、"))）",
      en: " (closest: \(names.joined(separator: ", ")))")
  }
}

extension ActualProblem {
  /// The refusal in both languages, naming the item by its title (`typed`: the user typed
  /// the id, which is then echoed after the title).
  public func text(naming catalog: Catalog, typed: Bool) -> Localized {
    switch self {
    case .unknownID(let id, let closest):
      return Localized(zh: "未知编号 \(id)", en: "unknown id \(id)") + ItemText.closest(closest)
    case .notAFigure(let id, let kind):
      let item = ItemText.named(id, in: catalog, typed: typed)
      return Localized(
        zh: "\(item.zh)是\(kind.name.zh)，不可录入实际值：只有目标、指标、梯队档次和有规模的集群可录入",
        en:
          "\(item.en) is a \(kind.name.en); actual figures are recorded for targets, indicators, ladder tiers and clusters with a scale"
      )
    case .clusterWithoutScale(let id):
      let item = ItemText.named(id, in: catalog, typed: typed)
      return Localized(
        zh: "\(item.zh)是没有规模数值的集群；只有有规模的集群可录入实际值（亿元）",
        en:
          "\(item.en) is a cluster without a scale figure; actual figures (亿元) are recorded only for clusters with a scale"
      )
    case .yearOutsidePlan(let id, let year, let years):
      let item = ItemText.named(id, in: catalog, typed: typed)
      let range = ItemText.years(years)
      return Localized(
        zh: "年份\(year)不在\(item.zh)可录入的年份内（\(range.zh)：规划发布前十年至规划期末）",
        en:
          "year \(year) is outside the years accepted for \(item.en) (\(range.en): from ten years before the plan was issued to the end of its horizon)"
      )
    }
  }
}

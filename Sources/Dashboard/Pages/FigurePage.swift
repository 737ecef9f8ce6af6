import PlanModel

/// The page of a figure — a target, an indicator or a ladder tier, which share it: its goal
/// (unit, direction, baseline, target, and for a change the level it comes to), its
/// assessment (`FigureAssessment`), a target's cluster, the plan's source, and its actuals
/// by year.
enum FigurePage {
  static func build(_ route: DetailRoute, into page: inout PageBuilder) {
    let catalog = page.catalog
    let id = route.itemID
    switch route {
    case .target:
      guard let t = catalog.target(id) else { return }
      goalFields(t.goal, id: id, &page)
      page.assessmentFields(id, goal: t.goal)
      if let cluster = t.cluster.flatMap(catalog.cluster) {
        page.heading(UIText.clusters)
        page.link(cluster.id, .cluster(cluster.id))
      }
      page.source(t.source)
    case .indicator:
      guard let i = catalog.indicator(id) else { return }
      goalFields(i.goal, id: id, &page)
      page.assessmentFields(id, goal: i.goal)
      page.source(i.source)
    case .tier:
      guard let tier = catalog.tier(id) else { return }
      page.field(UIText.unit, tier.unit)
      page.field(UIText.baseline, Format.figureWithYear(tier.baseline, open: page.open))
      page.field(UIText.target, Format.figureWithYear(tier.target, open: page.open))
      page.field(Localized(zh: "说明", en: "About"), tier.description)
      page.assessmentFields(id, goal: tier.goal)
      page.source(tier.source)
    default:
      return
    }
    page.actualRows(id)
  }

  /// A target's or indicator's goal: a level, a change (and the level it comes to from its
  /// base year), or a comparison with another series (`ComparatorFields`).
  private static func goalFields(_ goal: Goal, id: String, _ page: inout PageBuilder) {
    let lang = page.lang
    let open = page.open
    if !goal.isChange { page.field(UIText.unit, goal.unit) }
    page.field(UIText.direction, Format.direction(goal.direction, page.context.glyphs, lang))
    page.field(UIText.baseline, Format.figureWithYear(goal.baseline, open: open))
    if goal.kind == .comparator {
      page.comparatorGoalFields(goal, id: id)
      return
    }
    guard goal.isChange else {
      page.field(UIText.target, Format.figureWithYear(goal.target, open: open))
      if let base = goal.baseYear {
        page.field(Localized(zh: "基准年", en: "Base year"), String(base))
      }
      otherGoalFields(goal, &page)
      return
    }
    // A change: the change asked for, and — from a base year — the level it comes to once
    // that year's actual is in. Actuals are the metric's levels.
    let year = goal.target?.year.map { " (\($0))" } ?? ""
    page.field(UIText.target, (Format.relativeChange(goal, lang) ?? open) + year)
    if goal.isFromBaseYear {
      let base = goal.baseYear ?? goal.baseline?.year
      if let base { page.field(Localized(zh: "基准年", en: "Base year"), String(base)) }
      let level = AssessmentBadge.targetLevel(of: id, goal: goal, page.data, asOf: page.asOf)
      page.field(
        Localized(zh: "目标水平", en: "Target level"),
        level.map { Format.number($0) + year }
          ?? base.map {
            lang == .zh ? "录入\($0)年实际值后算出" : "worked out once the \($0) actual is recorded"
          }, role: level == nil ? .muted : .normal)
    }
    page.field(
      Localized(zh: "实际值", en: "Actuals"),
      lang == .zh ? "填指标各年的水平值，增幅由此算出" : "the metric's level each year; the change is worked out",
      role: .muted)
    otherGoalFields(goal, &page)
  }

  private static func otherGoalFields(_ goal: Goal, _ page: inout PageBuilder) {
    page.qualifiersField(goal)
    if let comparator = goal.comparator {
      page.field(Localized(zh: "比较对象", en: "Compared with"), comparator)
    }
  }
}

import PlanModel

/// The one place a route finds the builder of its page. A new kind of page is a
/// `DetailRoute` case, a builder file in this folder (an enum with
/// `build(_:into: inout PageBuilder)`), and a line in `build` and `crumb` here.
enum PageRoutes {
  /// The page of a route, built for `width` columns (unfiltered, not memoised: `PageMemo`
  /// is the way in).
  static func build(_ route: DetailRoute, context: ViewContext, width: Int) -> DetailPage {
    var page = PageBuilder(
      title: context.data.name(of: route.itemID), width: width, context: context)
    switch route {
    case .region(let id): RegionPage.build(id, into: &page)
    case .cluster(let id): ClusterPage.build(id, into: &page)
    case .target, .indicator, .tier: FigurePage.build(route, into: &page)
    case .measure(let id): MeasurePage.build(id, into: &page)
    case .heading(let id): HeadingPage.build(id, into: &page)
    case .regionTargets(let id): TargetsPage.build(id, into: &page)
    case .units(let id): UnitsPage.build(id, into: &page)
    case .comparison(let id): ComparisonPage.build(id, into: &page)
    }
    return page.page
  }

  /// The breadcrumb part of a page.
  static func crumb(_ route: DetailRoute, _ context: ViewContext) -> String {
    let lang = context.language
    switch route {
    case .regionTargets: return UIText.targetsView(lang)
    case .units: return UIText.unitsView(lang)
    case .comparison(let id): return UIText.comparisonView(lang) + " " + context.data.name(of: id)
    default: return context.data.name(of: route.itemID)
    }
  }

  /// The breadcrumb parts of a page in a plan's outline — 章 › 节 for a heading's page,
  /// 章 › 节 › 措施 for a measure's — each with its short form (a heading by its number)
  /// for a narrow screen; nil for other pages, which `crumb` names.
  static func outlineCrumbs(_ route: DetailRoute, _ context: ViewContext)
    -> [(full: String, short: String)]?
  {
    let data = context.data
    switch route {
    case .heading(let id):
      guard let (outline, index) = data.heading(id) else { return nil }
      return outline.path(to: index).map(headingCrumb)
    case .measure(let id):
      guard let region = data.catalog.regionID(of: id), let outline = data.outline(of: region),
        let index = outline.heading(ofMeasure: id)
      else { return nil }
      let title = data.name(of: id)
      return outline.path(to: index).map(headingCrumb) + [(title, title)]
    default:
      return nil
    }
  }

  private static func headingCrumb(_ heading: OutlineHeading) -> (full: String, short: String) {
    (heading.printed, heading.number.isEmpty ? heading.title : heading.number)
  }

  /// The page that shows a figure (target, indicator, tier) or a cluster.
  static func route(of id: String, _ catalog: Catalog) -> DetailRoute {
    if catalog.target(id) != nil { return .target(id) }
    if catalog.indicator(id) != nil { return .indicator(id) }
    if catalog.cluster(id) != nil { return .cluster(id) }
    return .tier(id)
  }
}

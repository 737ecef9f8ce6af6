/// A detail page the user drilled into with Enter.
public enum DetailRoute: Hashable, Sendable {
  case region(String)
  case cluster(String)
  case target(String)
  case indicator(String)
  case tier(String)
  case measure(String)
  /// A chapter or section of a plan's outline (a `HeadingRow` id) with everything under it.
  case heading(String)
  /// A region's targets, indicators and ladder tiers with their assessments, worst first (`T`).
  case regionTargets(String)
  /// A region's 牵头/责任单位, each with its measures by status and its late ones (`U`).
  case units(String)
  /// One indicator lined up across every loaded region, with bars (`C` on a target or indicator).
  case comparison(String)

  public var itemID: String {
    switch self {
    case .region(let id), .cluster(let id), .target(let id), .indicator(let id), .tier(let id),
      .measure(let id), .heading(let id), .regionTargets(let id), .units(let id),
      .comparison(let id):
      id
    }
  }
}

/// One page on the navigation stack with its own cursor and scroll.
public struct DetailState: Hashable, Sendable {
  public var route: DetailRoute
  /// Index of the selected line among the page's selectable lines.
  public var selection: Int = 0
  /// Index of the first line on screen.
  public var scroll: Int = 0
  /// The `/` filter over the page's lists; headings and fields stay.
  public var filter: String = ""

  public init(route: DetailRoute) { self.route = route }
}

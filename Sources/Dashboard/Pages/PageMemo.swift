import Foundation
import PlanModel

/// The one memo of built pages, for one catalog: dispatching a key, reducing it and drawing
/// the frame all read the open page from here, so a page is built at most once for what it
/// depends on — route, width, language, glyphs, year, marks, progress, history, `/` filter —
/// however often a frame asks (a region's page assesses every target). The reducer reads
/// pages only through it (`DashboardData.page(_:in:)`, `helpPage(in:)`).
final class PageMemo: @unchecked Sendable {
  struct Key: Hashable {
    var route: DetailRoute
    var width: Int
    var language: Language
    var ascii: Bool
    var cjkWide: Bool
    var currentYear: Int
    var marked: Set<String>
    var snapshotStamp: Int
    /// The history shown on a measure's page.
    var history: [ProgressHistoryEntry]?
    /// The page's `/` filter ("" for the whole page).
    var filter: String
  }

  struct HelpKey: Hashable {
    var language: Language
    var innerWidth: Int
    var filter: String
  }

  private let lock = NSLock()
  private var pages: [Key: DetailPage] = [:]
  private var help: (key: HelpKey, page: HelpPage)?
  /// How many pages this memo has built (tests count the builds of a frame with it).
  private(set) var built = 0

  /// The page of `route` with `filter` applied, built (and its unfiltered page, which each
  /// keystroke of a filter narrows) only when not already here.
  func page(_ route: DetailRoute, filter: String, context: ViewContext, width: Int) -> DetailPage {
    let state = context.state
    let data = context.data
    var history: [ProgressHistoryEntry]?
    if case .measure(let id) = route { history = data.histories[id] ?? [] }
    let key = Key(
      route: route, width: width, language: state.language, ascii: state.ascii,
      cjkWide: state.cjkWide, currentYear: state.currentYear, marked: state.marked,
      snapshotStamp: data.snapshotStamp, history: history, filter: filter)
    if let page = stored(key) { return page }
    let page =
      filter.isEmpty
      ? PageRoutes.build(route, context: context, width: width)
      : self.page(route, filter: "", context: context, width: width)
        .filtered(by: filter, language: state.language)
    store(page, for: key)
    return page
  }

  /// The help's lines for the state's language, size and `/` filter.
  func helpPage(_ state: DashboardState) -> HelpPage {
    let key = HelpKey(
      language: state.language, innerWidth: state.layout.body.width - 2, filter: state.helpFilter)
    lock.lock()
    defer { lock.unlock() }
    if let help, help.key == key { return help.page }
    let page = HelpPage(key.language, innerWidth: key.innerWidth, filter: key.filter)
    help = (key, page)
    return page
  }

  private func stored(_ key: Key) -> DetailPage? {
    lock.lock()
    defer { lock.unlock() }
    return pages[key]
  }

  private func store(_ page: DetailPage, for key: Key) {
    lock.lock()
    defer { lock.unlock() }
    if pages.count >= 32 { pages.removeAll(keepingCapacity: true) }
    pages[key] = page
    built += 1
  }
}

extension DashboardData {
  /// The page of a stack entry as the screen shows it: its route's page for the state's
  /// page width with the entry's `/` filter, from the memo.
  func page(_ detail: DetailState, in state: DashboardState) -> DetailPage {
    DetailPage.build(
      detail, context: ViewContext(state: state, data: self), width: state.layout.pageWidth)
  }

  /// The `?` help's lines as the screen shows them, from the memo.
  func helpPage(in state: DashboardState) -> HelpPage { pageMemo.helpPage(state) }
}

extension DetailPage {
  /// The page of a stack entry, for `width` columns, with its `/` filter, from the memo.
  static func build(_ detail: DetailState, context: ViewContext, width: Int) -> DetailPage {
    build(detail.route, filter: detail.filter, context: context, width: width)
  }

  /// The page of a route, for `width` columns, from the memo.
  static func build(
    _ route: DetailRoute, filter: String = "", context: ViewContext, width: Int
  ) -> DetailPage {
    context.data.pageMemo.page(route, filter: filter, context: context, width: width)
  }
}

import Foundation
import PlanModel

/// A memo of built detail pages for one catalog, so that dispatching a key, reducing it and
/// drawing the frame do not each build the same page (a region's page assesses every
/// target). Keyed by everything a page reads besides the catalog; only the lines are kept
/// (not the view context, which holds the data that holds this memo).
final class PageCache: @unchecked Sendable {
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
  }

  struct Content {
    var title: String
    var rows: [DetailPage.Row]
    var entries: [PageFilter.Entry]
  }

  private let lock = NSLock()
  private var pages: [Key: Content] = [:]

  func content(for key: Key) -> Content? {
    lock.lock()
    defer { lock.unlock() }
    return pages[key]
  }

  func store(_ content: Content, for key: Key) {
    lock.lock()
    defer { lock.unlock() }
    if pages.count >= 16 { pages.removeAll(keepingCapacity: true) }
    pages[key] = content
  }
}

extension DetailPage {
  /// The page of a route as `build(_:context:width:)` makes it, from the memo when the same
  /// page was built for the same state and progress.
  static func cached(_ route: DetailRoute, context: ViewContext, width: Int) -> DetailPage {
    let state = context.state
    let data = context.data
    var history: [ProgressHistoryEntry]?
    if case .measure(let id) = route { history = data.histories[id] ?? [] }
    let key = PageCache.Key(
      route: route, width: width, language: state.language, ascii: state.ascii,
      cjkWide: state.cjkWide, currentYear: state.currentYear, marked: state.marked,
      snapshotStamp: data.snapshotStamp, history: history)
    if let content = data.pageCache.content(for: key) {
      var page = DetailPage(title: content.title, width: max(1, width), context: context)
      page.rows = content.rows
      page.entries = content.entries
      return page
    }
    let page = build(route, context: context, width: width)
    data.pageCache.store(
      PageCache.Content(title: page.title, rows: page.rows, entries: page.entries), for: key)
    return page
  }
}

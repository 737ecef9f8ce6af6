/// Items side by side under one heading, each reporting its own situation and setting its own
/// goals (`(一)A产业链` … `发展现状:2025年,产业链产值128亿元` … `发展目标:…达到200亿元`, then
/// `(二)B产业链` with its own `发展现状` and goals): a figure one item reports starts that item's
/// goals alone, not the goals of a sibling item that reports figures of its own.
struct SiblingItemStarts {
  /// The heading each paragraph stands under; nil outside any.
  private var items: [String?] = []
  /// Each heading's parent, for headings under another.
  private var parents: [String: String] = [:]
  /// The headings a starting figure is reported under.
  private var reporting: Set<String> = []

  init() {}

  init(
    outline: OutlineRecogniser, starting: [BaselinePatterns.StartingFigure]
  ) {
    items = outline.placeKeys
    for key in Set(items.compactMap { $0 }) {
      if let parent = outline.heading(key)?.parent { parents[key] = parent }
    }
    reporting = Set(
      starting.compactMap { $0.paragraph < items.count ? items[$0.paragraph] : nil })
  }

  /// False when the figure is reported under one item and the goal (in `goalParagraph`) stands
  /// under a sibling item that reports figures of its own.
  func allows(_ figure: BaselinePatterns.StartingFigure, goalParagraph: Int?) -> Bool {
    guard let goalParagraph, figure.paragraph < items.count, goalParagraph < items.count,
      let figureItem = items[figure.paragraph], let goalItem = items[goalParagraph],
      figureItem != goalItem, let parent = parents[figureItem], parents[goalItem] == parent
    else { return true }
    return !reporting.contains(goalItem)
  }
}

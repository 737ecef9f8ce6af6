/// The words of the Measures outline and of a heading's page.
extension UIText {
  static let headingNotMarkable = Localized(
    zh: "章节标题不能标记：请选择其下的一条措施", en: "a heading is not marked: choose a measure under it")
  static let noOutline = Localized(
    zh: "此列表没有章节（单个地区、按规划原序时分章节显示）",
    en: "no headings in this list (one region in plan order shows them)")
  static let allHeadingsClosed = Localized(zh: "已收起全部章节", en: "every heading closed")
  static let allHeadingsOpened = Localized(zh: "已展开全部章节", en: "every heading open")
  /// The heading's page: its full title, where it stands, its sections.
  static let heading = Localized(zh: "章节", en: "Heading")
  static let headingPath = Localized(zh: "所在章节", en: "Under")
  static let startingFigures = Localized(zh: "起点数据", en: "Starting figures")
  static let sections = Localized(zh: "下设章节", en: "Sections")
  static let worstStatus = Localized(zh: "最差评估", en: "Worst status")
  static let overdueMeasures = Localized(zh: "逾期措施", en: "Overdue")
  static let notInText = Localized(zh: "（原文未设此标题）", en: "(not headed in the text)")

  /// `!逾期3` / `!3 overdue`: a heading's overdue measures in its roll-up.
  static func overdueCount(_ count: Int) -> Localized {
    Localized(zh: "!逾期\(count)", en: "!\(count) overdue")
  }
}

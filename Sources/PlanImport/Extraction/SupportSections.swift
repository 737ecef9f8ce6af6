/// The chapter that backs the tasks up (`五、保障措施`, `六、组织保障`, `四、组织实施`): its items
/// are the whole government's means (leadership, funds, supervision), so a unit its prose
/// charges with a part (`市财政局要加快资金拨付进度`, `建立由A牵头…的协调机制`) is no unit of the
/// item — only a note or a sentence saying who leads the item gives one.
enum SupportSections {
  /// What such a chapter's title says.
  static let titleWords = ["保障", "组织实施"]

  /// True when the key's chapter (its top heading) is such a chapter.
  static func contains(_ key: String?, outline: OutlineRecogniser) -> Bool {
    var heading = key.flatMap(outline.heading)
    while let parent = heading?.parent, let above = outline.heading(parent) { heading = above }
    guard let title = heading?.title else { return false }
    return titleWords.contains(where: title.contains)
  }
}

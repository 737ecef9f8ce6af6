/// The chapter that backs the tasks up (`五、保障措施`, `六、组织保障`, `四、组织实施`): its items
/// are the whole government's means (leadership, funds, supervision), so a unit its prose
/// charges with a part (`市财政局要加快资金拨付进度`, `建立由A牵头…的协调机制`) is no unit of the
/// item — only a note or a sentence saying who leads the item gives one.
enum SupportSections {
  /// How such a chapter's title ends (`保障措施`, `组织保障`, `要素保障`, `实施保障`, `组织实施`) —
  /// not a task chapter that speaks of security (`提升能源安全保障能力`).
  static let titleEnds = ["保障措施", "保障", "组织实施", "实施保障"]

  /// True when the key's chapter (its top heading) is such a chapter.
  static func contains(_ key: String?, outline: OutlineRecogniser) -> Bool {
    var heading = key.flatMap(outline.heading)
    while let parent = heading?.parent, let above = outline.heading(parent) { heading = above }
    guard let title = heading?.title else { return false }
    return titleEnds.contains(where: title.hasSuffix)
  }
}

import PlanModel

/// Where a plan's tasks begin after its goals. Goals written as one 节 of a chapter on the
/// plan as a whole (`第二章 总体要求` over `发展定位`, `发展目标`, `空间布局`) leave the chapter's
/// later 节 part of it: the tasks begin after the chapter, not after the goals
/// (`第三节 空间布局 构建“一核两园”空间格局` sets no task). Goals under a heading of their own,
/// or under a chapter of work to do, are followed by the tasks at once.
enum GoalChapters {
  /// The index of the first heading of the tasks, after the goals' heading at `goalIndex`.
  static func taskStart(in outline: [OutlineHeading], goalIndex: Int) -> Int? {
    let level = outline[goalIndex].level
    var end = level
    if let parent = outline[..<goalIndex].lastIndex(where: { $0.level < level }),
      PlanSections.isBackground(outline[parent].title)
    {
      end = outline[parent].level
    }
    return outline[(goalIndex + 1)...].firstIndex { $0.level <= end }
  }
}

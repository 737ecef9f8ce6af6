/// A generated plan's outline, shaped like the real ones: 5–8 chapters — opening ones that
/// hold no measures (发展基础, 面临形势) and 总体要求 with its 发展目标, then chapters of tasks
/// and a closing 保障措施 — with 2–6 sections each, numbered items under some sections, and
/// in some plans sections numbered on across chapters (as 巴中's (一)…(十六)) or items across
/// the sections of a chapter (as 通城's 1.…23.). Measures are placed under the task headings
/// in order, goals under 发展目标, clusters and ladders under the first task sections.
struct SyntheticOutline {
  private(set) var headings: [OutlineHeading] = []
  /// Where the plan states its goals (targets, indicators, stages): 总体要求 › 发展目标.
  private(set) var goals = ""
  /// The headings measures are written under, in the order printed: the innermost headings
  /// of the task chapters and of 保障措施.
  private(set) var tasks: [String] = []

  private var sectionNumber = 0
  private var itemNumber = 0
  private let sectionsRunOn: Bool
  private let itemsRunOn: Bool

  init(using rng: inout SplitMix64) {
    typealias V = SyntheticVocabulary
    let chapters = Int.random(in: 5...8, using: &rng)
    sectionsRunOn = Int.random(in: 0..<4, using: &rng) == 0
    itemsRunOn = Int.random(in: 0..<3, using: &rng) == 0
    // Openings: 发展基础 and 面临形势 where there is room, always 总体要求.
    let openings = Array(V.openingChapters.prefix(chapters >= 7 ? 2 : chapters >= 6 ? 1 : 0))
    for (title, sections) in openings {
      let chapter = addChapter(title)
      for section in sections.prefix(Int.random(in: 2...sections.count, using: &rng)) {
        _ = addSection(section, under: chapter)
      }
    }
    let general = addChapter("总体要求")
    for section in ["指导思想", "发展原则"] { _ = addSection(section, under: general) }
    goals = addSection("发展目标", under: general)
    for task in 0..<(chapters - openings.count - 2) {
      let chapter = addChapter(V.taskChapters[task % V.taskChapters.count])
      addTasks(under: chapter, sections: Int.random(in: 2...6, using: &rng), using: &rng)
    }
    let closing = addChapter("保障措施")
    for section in V.safeguards.shuffled(using: &rng).prefix(Int.random(in: 2...6, using: &rng)) {
      tasks.append(addSection(section, under: closing))
    }
  }

  /// A task chapter's sections, a third of them with numbered items.
  private mutating func addTasks(under chapter: String, sections: Int, using rng: inout SplitMix64)
  {
    typealias V = SyntheticVocabulary
    itemNumber = 0
    for _ in 0..<sections {
      let title = V.verbs.randomElement(using: &rng)! + V.actions.randomElement(using: &rng)!
      let section = addSection(title, under: chapter)
      guard Int.random(in: 0..<3, using: &rng) == 0 else {
        tasks.append(section)
        continue
      }
      if !itemsRunOn { itemNumber = 0 }
      for _ in 0..<Int.random(in: 2...4, using: &rng) {
        let item = V.verbs.randomElement(using: &rng)! + V.actions.randomElement(using: &rng)!
        tasks.append(addItem(item, under: section))
      }
    }
  }

  private mutating func addChapter(_ title: String) -> String {
    let key = ChineseNumeral.text(headings.filter { $0.parent == nil }.count + 1)
    headings.append(OutlineHeading(key: key, number: key + "、", title: title, level: 1))
    if !sectionsRunOn { sectionNumber = 0 }
    return key
  }

  private mutating func addSection(_ title: String, under chapter: String) -> String {
    sectionNumber += 1
    let numeral = ChineseNumeral.text(sectionNumber)
    let key = chapter + "(" + numeral + ")"
    headings.append(
      OutlineHeading(
        key: key, number: "(" + numeral + ")", title: title, level: 2, parent: chapter))
    return key
  }

  private mutating func addItem(_ title: String, under section: String) -> String {
    itemNumber += 1
    let key = section + String(itemNumber)
    headings.append(
      OutlineHeading(
        key: key, number: "\(itemNumber).", title: title, level: 3, parent: section))
    return key
  }
}

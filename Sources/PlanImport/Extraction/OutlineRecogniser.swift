import PlanModel

/// Reads the outline from the numbered headings: each heading's level follows from the order
/// in which the numbering styles nest (as a reader sees it), its key is its ancestors' numbers
/// and its own (`三(二)1`). Where the top numbering starts again without any heading above it,
/// each run becomes a part the text does not head (`P1`, `P2` …, `in_text: false`).
struct OutlineRecogniser {
  /// The outline in printed order.
  private(set) var headings: [OutlineHeading] = []
  /// For each paragraph: the key of the heading it stands under (its own, for a heading).
  private(set) var placeKeys: [String?] = []
  /// For each paragraph: its heading line, when it is one.
  private(set) var lines: [HeadingLine?] = []

  private var stack: [(style: HeadingMarker.Style, key: String, ordinal: Int)] = []
  private var part = 0
  private var usedKeys: Set<String> = []
  private var lastTopOrdinal = 0
  private var firstHeadingIndex: Int?

  /// The paragraphs of 专栏 boxes, their title lines included (`ColumnBoxes`).
  private(set) var boxParagraphs: Set<Int> = []

  init(paragraphs: [String]) {
    var inBox = false
    // A table of contents' entries repeat the headings; they are none themselves.
    let contents = TableOfContents.entries(in: paragraphs)
    for (index, paragraph) in paragraphs.enumerated() {
      var line = contents.contains(index) ? nil : HeadingLine.read(paragraph)
      if ColumnBoxes.isTitle(paragraph) {
        inBox = true
        line = nil
      } else if inBox, let found = line,
        found.marker.isUnnumberedTop
          || stack.contains(where: { $0.style == found.marker.style })
      {
        inBox = false
      } else if inBox, !ColumnBoxes.continues(paragraph) {
        inBox = false
      } else if inBox {
        line = nil
      }
      if inBox { boxParagraphs.insert(index) }
      guard let line else {
        placeKeys.append(stack.last?.key)
        lines.append(nil)
        continue
      }
      lines.append(line)
      placeKeys.append(add(line))
    }
    for (index, heading) in headings.enumerated() { byKey[heading.key] = index }
  }

  /// The heading with a key.
  func heading(_ key: String) -> OutlineHeading? { byKey[key].map { headings[$0] } }

  /// Each heading's place in `headings`, by key.
  private var byKey: [String: Int] = [:]

  private mutating func add(_ line: HeadingLine) -> String {
    let style = line.marker.style
    // A preface holds its paragraphs, not the numbered headings after it.
    if stack.first?.style == .preface { stack.removeAll() }
    if line.marker.isUnnumberedTop {
      // An attachment stands at the top, after the whole text; a preface before it.
      stack.removeAll()
    } else if let level = stack.firstIndex(where: { $0.style == style }) {
      stack.removeSubrange(level...)
    }
    if !line.marker.isUnnumberedTop,
      stack.isEmpty || (stack.count == 1 && stack[0].style == .unheadedPart)
    {
      noteTopLevel(line.marker.ordinal)
    }
    let parent = stack.last?.key
    var key = (parent ?? "") + line.marker.keyPart
    while usedKeys.contains(key) { key += "′" }
    usedKeys.insert(key)
    headings.append(
      OutlineHeading(
        key: key, number: line.marker.printed, title: line.title, level: stack.count + 1,
        parent: parent))
    stack.append((style, key, line.marker.ordinal))
    return key
  }

  /// Top-level numbering that starts again opens a new unheaded part.
  private mutating func noteTopLevel(_ ordinal: Int) {
    defer { lastTopOrdinal = ordinal }
    guard ordinal <= lastTopOrdinal, ordinal == 1 else {
      if firstHeadingIndex == nil { firstHeadingIndex = headings.count }
      return
    }
    if part == 0 { wrapFirstPart() }
    part += 1
    let key = "P\(part)"
    headings.append(
      OutlineHeading(key: key, number: "", title: Self.partTitle(part), level: 1, inText: false))
    stack = [(.unheadedPart, key, part)]
  }

  private mutating func wrapFirstPart() {
    part = 1
    let rename = { (key: String) in "P1" + key }
    headings = headings.map { heading in
      var heading = heading
      heading.key = rename(heading.key)
      heading.parent = heading.parent.map(rename) ?? "P1"
      heading.level += 1
      return heading
    }
    placeKeys = placeKeys.map { $0.map(rename) }
    let first = firstHeadingIndex ?? 0
    headings.insert(
      OutlineHeading(key: "P1", number: "", title: Self.partTitle(1), level: 1, inText: false),
      at: first)
    usedKeys.formUnion(headings.map(\.key))
  }

  static func partTitle(_ number: Int) -> String { "第\(number)部分(原文未标)" }
}

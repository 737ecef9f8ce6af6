/// The Measures pane's rows as an outline: the tree kept by a status or unit filter, the
/// rows `/` matched with their headings, and the rows left once closed headings fold up.
/// Every list here is in the outline's order (a heading, then what stands under it, each
/// row deeper than the heading), so what stands under a heading is the run of deeper rows
/// after it.
enum OutlineRows {
  /// The outline's rows keeping only the `kept` measures and the headings above them; every
  /// heading, with nothing under it or not, when `kept` is nil (no filter).
  static func tree(_ outline: MeasureOutline, keeping kept: Set<String>?) -> [String] {
    guard let kept else { return outline.rows }
    var headings = Set<String>()
    for id in kept {
      var parent = outline.parentRow(of: id)
      while let row = parent, headings.insert(row).inserted {
        parent = outline.parentRow(of: row)
      }
    }
    return outline.rows.filter { kept.contains($0) || headings.contains($0) }
  }

  /// The positions `/` matched in `rows` with their context: the headings above a matched
  /// row, and everything under a matched heading. In the order of `rows`.
  static func withContext(
    _ positions: [Int], in rows: [String], depth: (String) -> Int
  ) -> [Int] {
    var kept = Set<Int>()
    for position in positions {
      kept.insert(position)
      let own = depth(rows[position])
      if HeadingRow.isHeading(rows[position]) {
        var next = position + 1
        while next < rows.count, depth(rows[next]) > own {
          kept.insert(next)
          next += 1
        }
      }
      var level = own
      var previous = position - 1
      while previous >= 0, level > 1 {
        let id = rows[previous]
        if HeadingRow.isHeading(id), depth(id) < level {
          // A heading kept before brought its own headings.
          if !kept.insert(previous).inserted { break }
          level = depth(id)
        }
        previous -= 1
      }
    }
    return kept.count == positions.count ? positions : kept.sorted()
  }

  /// The rows with what stands under a closed heading left out (the heading stays).
  static func hidingClosed(
    _ rows: [String], closed: Set<String>, depth: (String) -> Int
  ) -> [String] {
    guard !closed.isEmpty else { return rows }
    var shown: [String] = []
    var foldedBelow: Int?
    for id in rows {
      let level = depth(id)
      if let fold = foldedBelow {
        if level > fold { continue }
        foldedBelow = nil
      }
      shown.append(id)
      if closed.contains(id) { foldedBelow = level }
    }
    return shown
  }
}

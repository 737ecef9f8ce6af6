/// A unit note on a line of its own after the last of a heading's numbered items
/// (`(一)壮大产业集群` over `1.A产业。…` `2.B产业。…` and then `(责任单位:X、Y)`): the note of
/// every item under that heading, when none of them names units of its own and no other item
/// has a note line — the line closes the heading, not only its last item.
enum SharedNoteLines {
  /// Gives `notes` (the note lines by the heading they stand under) to the measures of the
  /// sibling items of a note line's heading, as said above.
  static func spread(
    _ notes: [String: UnitNotes], over measures: inout [DraftMeasure], outline: OutlineRecogniser
  ) {
    for (key, note) in notes {
      guard let parent = outline.heading(key)?.parent else { continue }
      let itemKeys = outline.headings.filter { $0.parent == parent }.map(\.key)
      // The line closes the heading only after its last item, the only item with a line.
      guard itemKeys.count >= 2, itemKeys.last == key,
        !notes.keys.contains(where: { $0 != key && itemKeys.contains($0) })
      else { continue }
      let siblings = measures.indices.filter { index in
        measures[index].headingKey.map(itemKeys.contains) == true
      }
      guard siblings.count >= 2,
        siblings.allSatisfy({ measures[$0].units.isEmpty || measures[$0].headingKey == key })
      else { continue }
      for index in siblings where measures[index].units.isEmpty {
        measures[index].units = note
      }
    }
  }
}

import PlanModel

/// The fields of one drafted item the review screen shows and edits, whatever its kind:
/// read from the plan with `Plan.reviewItem(_:)`, written back with `Plan.setReviewItem(_:)`.
public struct ReviewItem: Hashable, Sendable {
  public var ref: ReviewItemRef
  /// A target's metric, an indicator's, cluster's or tier's name, a measure's title.
  public var title: String
  /// The figure aimed at: a target's or indicator's target, a cluster's scale, a tier's
  /// target count; nil for a measure.
  public var figure: Figure?
  public var unit: String?
  /// A measure's due year (the other kinds keep their year in `figure`).
  public var due: Int?
  public var leadUnits: [String]
  public var responsibleUnits: [String]
  public var source: SourceRef

  /// The year the item is set for: its figure's, or a measure's due year.
  public var year: Int? { ref.kind == .measure ? due : figure?.year }

  /// True while the draft asks a person to look at it.
  public var needsReview: Bool { !source.review.isEmpty }
}

extension Plan {
  /// Every drafted item, in the plan's order, kind by kind.
  public var reviewRefs: [ReviewItemRef] {
    targets.map { ReviewItemRef(.target, $0.id) }
      + indicators.map { ReviewItemRef(.indicator, $0.id) }
      + clusters.map { ReviewItemRef(.cluster, $0.id) }
      + ladders.flatMap { ladder in
        ladder.tiers.map { ReviewItemRef(.tier, $0.id, ladderID: ladder.id) }
      } + measures.map { ReviewItemRef(.measure, $0.id) }
  }

  /// The item's fields, or nil when the plan has no such item.
  public func reviewItem(_ ref: ReviewItemRef) -> ReviewItem? {
    switch ref.kind {
    case .target:
      return targets.first { $0.id == ref.id }.map { t in
        item(ref, t.metric, t.goal.target, t.goal.unit, source: t.source)
      }
    case .indicator:
      return indicators.first { $0.id == ref.id }.map { i in
        item(ref, i.name, i.goal.target, i.goal.unit, source: i.source)
      }
    case .cluster:
      return clusters.first { $0.id == ref.id }.map { c in
        item(
          ref, c.name, c.scale, c.scale == nil ? nil : "亿元", lead: c.leadUnits,
          responsible: c.responsibleUnits, source: c.source)
      }
    case .tier:
      return tier(ref).map { t in item(ref, t.name, t.target, t.unit, source: t.source) }
    case .measure:
      return measures.first { $0.id == ref.id }.map { m in
        var fields = item(
          ref, m.title, nil, nil, lead: m.leadUnits, responsible: m.responsibleUnits,
          source: m.source)
        fields.due = m.due
        if fields.source.text == nil { fields.source.text = m.text }
        return fields
      }
    }
  }

  private func item(
    _ ref: ReviewItemRef, _ title: String, _ figure: Figure?, _ unit: String?,
    lead: [String] = [], responsible: [String] = [], source: SourceRef
  ) -> ReviewItem {
    ReviewItem(
      ref: ref, title: title, figure: figure, unit: unit, due: nil, leadUnits: lead,
      responsibleUnits: responsible, source: source)
  }

  private func tier(_ ref: ReviewItemRef) -> LadderTier? {
    ladders.first { $0.id == ref.ladderID }?.tiers.first { $0.id == ref.id }
  }

  /// Writes an item's fields back into the plan (the fields its kind has).
  public mutating func setReviewItem(_ item: ReviewItem) {
    let ref = item.ref
    switch ref.kind {
    case .target:
      guard let i = targets.firstIndex(where: { $0.id == ref.id }) else { return }
      targets[i].metric = item.title
      targets[i].goal.target = item.figure
      targets[i].goal.unit = item.unit
      targets[i].source = item.source
    case .indicator:
      guard let i = indicators.firstIndex(where: { $0.id == ref.id }) else { return }
      indicators[i].name = item.title
      indicators[i].goal.target = item.figure
      indicators[i].goal.unit = item.unit
      indicators[i].source = item.source
    case .cluster:
      guard let i = clusters.firstIndex(where: { $0.id == ref.id }) else { return }
      clusters[i].name = item.title
      clusters[i].scale = item.figure
      clusters[i].leadUnits = item.leadUnits
      clusters[i].responsibleUnits = item.responsibleUnits
      clusters[i].source = item.source
    case .tier:
      setTier(item)
    case .measure:
      guard let i = measures.firstIndex(where: { $0.id == ref.id }) else { return }
      measures[i].title = item.title
      measures[i].due = item.due
      measures[i].leadUnits = item.leadUnits
      measures[i].responsibleUnits = item.responsibleUnits
      var source = item.source
      // The measure's own paragraph stands for its sentence unless the file names one.
      if measures[i].source.text == nil, source.text == measures[i].text { source.text = nil }
      measures[i].source = source
    }
  }

  private mutating func setTier(_ item: ReviewItem) {
    guard let l = ladders.firstIndex(where: { $0.id == item.ref.ladderID }),
      let t = ladders[l].tiers.firstIndex(where: { $0.id == item.ref.id })
    else { return }
    ladders[l].tiers[t].name = item.title
    ladders[l].tiers[t].target = item.figure
    ladders[l].tiers[t].unit = item.unit
    ladders[l].tiers[t].source = item.source
  }

  /// Removes an item (a rejected draft item) and every reference to it, so the plan still
  /// validates; a ladder left with no tier goes too.
  public mutating func removeReviewItem(_ ref: ReviewItemRef) {
    dropReferences(to: ref.id)
    switch ref.kind {
    case .target: targets.removeAll { $0.id == ref.id }
    case .indicator: indicators.removeAll { $0.id == ref.id }
    case .cluster: clusters.removeAll { $0.id == ref.id }
    case .measure: measures.removeAll { $0.id == ref.id }
    case .tier:
      guard let l = ladders.firstIndex(where: { $0.id == ref.ladderID }) else { return }
      ladders[l].tiers.removeAll { $0.id == ref.id }
      if ladders[l].tiers.isEmpty { ladders.remove(at: l) }
    }
  }
}

extension Plan {
  /// Forgets an item's id wherever another item names it (a measure's clusters and targets,
  /// a target's or indicator's cluster, a sub-cluster's parent).
  fileprivate mutating func dropReferences(to id: String) {
    for i in measures.indices {
      measures[i].clusters.removeAll { $0 == id }
      measures[i].targets.removeAll { $0 == id }
    }
    for i in targets.indices where targets[i].cluster == id { targets[i].cluster = nil }
    for i in indicators.indices where indicators[i].cluster == id { indicators[i].cluster = nil }
    for i in clusters.indices where clusters[i].parent == id { clusters[i].parent = nil }
  }
}

/// How the measures under each heading of a plan stand as of one year: done of total and how
/// many are overdue, counting every measure in the heading's subtree.
public struct OutlineRollup: Sendable {
  /// One heading's counts.
  public struct Counts: Hashable, Sendable {
    public var done = 0
    public var total = 0
    public var overdue = 0

    public init(done: Int = 0, total: Int = 0, overdue: Int = 0) {
      self.done = done
      self.total = total
      self.overdue = overdue
    }

    /// The counts of `measures` of a plan with `document`, each measure's status given by
    /// `status` and its schedule taken as of `asOf` (overdue as `Schedule` says).
    public init(
      _ measures: some Sequence<Measure>, document: PlanDocument, asOf: Int,
      status: (String) -> MeasureStatus
    ) {
      for measure in measures {
        let state = status(measure.id)
        let schedule = Schedule.measure(measure, document: document, status: state, asOf: asOf)
        add(Counts(done: state == .done ? 1 : 0, total: 1, overdue: schedule.isOverdue ? 1 : 0))
      }
    }

    mutating func add(_ other: Counts) {
      done += other.done
      total += other.total
      overdue += other.overdue
    }
  }

  /// Counts per heading, by index into `PlanOutline.headings`.
  public let byHeading: [Counts]
  /// The measures under no heading (a preamble, or a heading key not found).
  public let unplaced: Counts

  /// The roll-up of `plan` (whose outline is `outline`), each measure's status given by
  /// `status` and its schedule taken as of `asOf`.
  public init(
    _ plan: Plan, outline: PlanOutline, asOf: Int, status: (String) -> MeasureStatus
  ) {
    func counts(_ indexes: [Int]) -> Counts {
      Counts(
        indexes.lazy.map { plan.measures[$0] }, document: plan.document, asOf: asOf, status: status)
    }
    var byHeading = outline.headings.indices.map { counts(outline.directItems(.measures, of: $0)) }
    // Children come after their parent: a backward pass adds each whole subtree upwards.
    for index in byHeading.indices.reversed() {
      for child in outline.children[index] { byHeading[index].add(byHeading[child]) }
    }
    self.byHeading = byHeading
    self.unplaced = counts(outline.unplaced[.measures] ?? [])
  }
}

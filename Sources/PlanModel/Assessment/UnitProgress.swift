/// One 牵头 or 责任单位 named by plans' measures: how many of its measures stand at each
/// status, and which of them are late (overdue or behind schedule) as of a year. The
/// dashboard's `U` view and the report's units section both read it.
public struct UnitProgress: Sendable {
  /// Whether the unit leads a measure or is responsible for it.
  public enum Role: String, Sendable {
    case lead = "牵头"
    case responsible = "责任"
  }

  /// A late measure as one unit sees it.
  public struct LateMeasure: Sendable {
    public var measure: Measure
    public var regionID: String
    public var role: Role
    public var status: MeasureStatus
    public var schedule: ScheduleProgress
  }

  public var unit: String
  /// Each of the unit's measures counted once, by status.
  public var counts: [MeasureStatus: Int]
  /// Overdue ones first, then by end year and id.
  public var late: [LateMeasure]

  public var overdueCount: Int { late.filter(\.schedule.isOverdue).count }
  public var behindCount: Int { late.count - overdueCount }

  /// Every unit the plans' measures name (only those whose name contains `filter`, when
  /// given), by name. A unit both leading and responsible for a measure counts it once,
  /// as its lead.
  public static func units(
    of plans: [Plan], snapshot: ProgressSnapshot, asOf: Int, matching filter: String? = nil
  ) -> [UnitProgress] {
    var byName: [String: UnitProgress] = [:]
    for plan in plans {
      for measure in plan.measures {
        let roles =
          measure.leadUnits.map { ($0, Role.lead) }
          + measure.responsibleUnits.map { ($0, Role.responsible) }
        let named = roles.filter { filter == nil || $0.0.contains(filter!) }
        guard !named.isEmpty else { continue }
        let status = snapshot.status(of: measure.id)
        let schedule = Schedule.measure(
          measure, document: plan.document, status: status, asOf: asOf)
        var seen: Set<String> = []
        for (name, role) in named where seen.insert(name).inserted {
          var unit = byName[name] ?? UnitProgress(unit: name, counts: [:], late: [])
          unit.counts[status, default: 0] += 1
          if schedule.isOverdue || schedule.isBehind {
            unit.late.append(
              LateMeasure(
                measure: measure, regionID: plan.region.id, role: role, status: status,
                schedule: schedule))
          }
          byName[name] = unit
        }
      }
    }
    return byName.keys.sorted().map { name in
      var unit = byName[name]!
      unit.late.sort {
        ($0.schedule.isOverdue ? 0 : 1, $0.schedule.endYear, $0.measure.id)
          < ($1.schedule.isOverdue ? 0 : 1, $1.schedule.endYear, $1.measure.id)
      }
      return unit
    }
  }
}

import PlanModel

/// An assessment and a schedule as JSON fields (snake_case, numbers as numbers), shared by
/// `plandash report --format json` and the `assessment` of each item in `plandash export`.
enum AssessmentFields {
  static func fields(_ a: Assessment) -> [String: Any] {
    var fields: [String: Any] = [
      "status": a.status.rawValue, "label": a.status.label, "label_zh": a.status.labelZh,
      "method": a.method.rawValue, "as_of": a.asOf,
    ]
    func put(_ key: String, _ value: Double?) {
      if let value, value.isFinite { fields[key] = value }
    }
    fields["reason"] = a.reason?.en
    fields["reason_zh"] = a.reason?.zh
    fields["base_year"] = a.baseYear
    put("base_value", a.baseValue)
    fields["base_origin"] = a.baseOrigin?.rawValue
    fields["latest_year"] = a.latestYear
    put("latest_value", a.latestValue)
    fields["target_year"] = a.targetYear
    put("target_value", a.targetValue)
    put("observed_rate", a.observedRate)
    put("required_rate", a.requiredRate)
    put("ratio", a.ratio)
    put("gap", a.gap)
    return fields
  }

  static func fields(_ s: ScheduleProgress) -> [String: Any] {
    var fields: [String: Any] = [
      "start_year": s.startYear, "end_year": s.endYear, "elapsed": s.elapsed,
      "behind": s.isBehind, "overdue": s.isOverdue,
    ]
    fields["done"] = s.done
    return fields
  }

  /// For `plandash export --format json`: each target, indicator and tier gets `assessment`
  /// (with its `schedule`), each measure `schedule`, as of one year.
  static func attachments(catalog: Catalog, snapshot: ProgressSnapshot, asOf: Int)
    -> [String: [String: Any]]
  {
    var result: [String: [String: Any]] = [:]
    for item in CatalogAssessment.items(catalog: catalog, snapshot: snapshot, asOf: asOf) {
      guard let address = catalog.address(of: item.id),
        let goal = catalog.assessableGoal(item.id)
      else { continue }
      var fields = fields(item.assessment)
      fields["schedule"] = Self.fields(
        Schedule.goal(
          goal, assessment: item.assessment, document: catalog.plan(at: address.plan).document,
          asOf: asOf))
      result[item.id] = ["assessment": fields]
    }
    for plan in catalog.plans {
      for measure in plan.measures {
        result[measure.id] = [
          "schedule": fields(
            Schedule.measure(
              measure, document: plan.document, status: snapshot.status(of: measure.id),
              asOf: asOf))
        ]
      }
    }
    return result
  }
}

import PlanModel

/// The assessment of a figure on its page (docs/assessment.md): status, the base it is
/// measured from, R with the observed and required rates, the reason when not assessable,
/// and 序时进度 — with, for a comparator target, the gap and both series by year.
extension PageBuilder {
  /// Status, the figures it rests on, and 序时进度, on a target, indicator or tier page.
  mutating func assessmentFields(_ id: String, goal: Goal) {
    guard
      let a = AssessmentBadge.assessment(of: id, data, asOf: asOf),
      let address = catalog.address(of: id)
    else { return }
    heading(UIText.assessment)
    field(UIText.asOf, String(asOf))
    field(
      Localized(zh: "状态", en: "Status"), AssessmentBadge.text(a.status, lang),
      role: AssessmentBadge.role(a.status))
    baseField(a)
    if a.ratio != nil {
      var text = "R = " + AssessmentBadge.ratio(a, open: open)
      if let o = a.observedRate, let r = a.requiredRate {
        func rate(_ x: Double) -> String {
          Format.number((x * 1000).rounded() / 10) + (lang == .zh ? "%/年" : "%/yr")
        }
        text +=
          lang == .zh
          ? "  实际 " + rate(o) + " · 需要 " + rate(r)
          : "  observed " + rate(o) + " · required " + rate(r)
      }
      field(UIText.ratio, text)
    }
    if goal.kind == .comparator { comparatorGapField(id, goal: goal, asOf: asOf) }
    if let reason = a.reason { field(Localized(zh: "说明", en: "Why"), reason(lang), role: .muted) }
    let s = Schedule.goal(
      goal, assessment: a, document: catalog.plan(at: address.plan).document, asOf: asOf)
    field(UIText.schedule, scheduleText(s), role: s.isBehind || s.isOverdue ? .behind : .normal)
    if goal.kind == .comparator { comparatorRows(id, goal: goal, asOf: asOf) }
  }

  /// The base the assessment measures from, and whether it is the plan's figure or a
  /// recorded actual: `1000 (2022) · 规划值`, `380 · 基期取2022年实际值`.
  private mutating func baseField(_ a: Assessment) {
    guard let value = a.baseValue else { return }
    let figure = Format.number(value)
    let text: String
    if let note = AssessmentBadge.baseNote(a, lang) {
      text = figure + " · " + note
    } else {
      let year = a.baseYear.map { " (\($0))" } ?? ""
      text = figure + year + " · " + Localized(zh: "规划值", en: "plan figure")(lang)
    }
    field(Localized(zh: "评估基期", en: "Assessed from"), text)
  }

  private func scheduleText(_ s: ScheduleProgress) -> String {
    var text =
      "\(s.startYear)–\(s.endYear)  " + UIText.elapsed(lang) + " " + percent(s.elapsed) + " · "
      + UIText.doneShare(lang) + " " + (s.done.map(percent) ?? open)
    if s.isOverdue {
      text += " · " + UIText.overdue(lang)
    } else if s.isBehind {
      text += " · " + UIText.behind(lang)
    }
    return text
  }

  private func percent(_ x: Double) -> String { String(Int((x * 100).rounded())) + "%" }
}

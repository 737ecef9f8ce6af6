import PlanModel

/// A goal the rules found in one sentence, before it is filed as a target, an indicator or a
/// measure's output.
struct GoalCandidate: Hashable {
  var metric: String
  var goal: Goal
  /// The verbatim piece of the text it was read from.
  var sourceText: String
  var review: [ReviewMark] = []
  /// True for a figure a later one of its series supersedes (`2025年、2026年、2027年分别达到
  /// 155家、170家、185家`: 155 and 170): it takes no starting figure as baseline and counts no
  /// ladder step, the series' last figure does.
  var midSeries = false
  /// The part of the region a goal is shared out to (a town's row of a 分解表): not the
  /// region's own goal, though its figure and the words after the place be the same.
  var place: String?
  /// True for an annual rate with no year of its own (`AnnualRateYears`): due the plan's last
  /// year, once the horizon is known.
  var undatedRate = false
  /// True for a goal of a stretch of a one-year plan's year (`上半年…完成230亿元以上`,
  /// `YearStretchGoals`): no whole year's starting figure is its baseline.
  var partOfYear = false

  var isCount: Bool { goal.kind == .count }
}

/// What the rules know about the sentence a goal is read from.
struct SentenceContext {
  /// The year the sentence's goals are due, and how it was found.
  var year: Int?
  var yearMark: ReviewMark?
  /// True when the sentence reports where things stand, not where they should get to.
  var isStartingSituation = false
  /// True in the goals part, where every figure with a unit states a goal.
  var inGoals = false
  /// True for a clause the sentence's own year stands only after (`培育一批X,到2027年…`):
  /// outside the goals part, what the clause says is work to do, not a goal due that year.
  var yearOnlyAfter = false
  /// The unit the text counts enterprises in (`家`, or `户` where it writes `企业3户`).
  var enterpriseUnit = "家"
  /// The years the plan runs over, for a total over them (`三年新建…`).
  var period: PlanPeriod?
  /// The clauses a span phrase of an earlier clause reaches (`三年内推动…,力争新增…`).
  var spanReach: SpanReach?
  /// What the starting report just before the sentence measured (`2024年X营业收入355亿元;到2027年
  /// 力争达到520亿元`): the subject of a goal that names none.
  var reportSubject: String?

  /// The context of one clause: within a span's reach, the span's year.
  func within(_ clause: Substring) -> SentenceContext {
    guard let reach = spanReach, reach.range.contains(clause.startIndex) else { return self }
    var context = self
    context.year = reach.year
    context.yearMark = .yearFromPlanSpan(reach.years)
    return context
  }

  /// True when the year is the sentence's own, or the one year a one-year work plan is for —
  /// not one borrowed from an earlier paragraph or a heading.
  var yearIsOwn: Bool { year != nil && (yearMark == nil || yearMark == .yearOfWorkPlan) }

  /// The year a clause opened by a span of the plan's years (`三年新增…`), or holding one before
  /// `累计` (`SpanBeforeTotal`), is due, if it is one.
  func spanYear(of clause: Substring) -> (year: Int, years: Int, phrase: Substring)? {
    period?.total(openingClause: clause) ?? period?.total(spannedInside: clause)
  }
}

/// The year each sentence's goals are due: its own `到2027年` (or a stage's span), else the
/// year an earlier sentence of the paragraph named, else — in the goals part, or in the lines
/// of a list before any heading — the year an earlier paragraph set (`到2027年,…实现以下目标:`
/// before the `——` lines; not a later paragraph of running prose, which names its own year or
/// none), else a year in the heading, else a one-year work plan's year; each borrowed year
/// carries the review mark that says where it came from.
struct YearContext {
  /// The year the plan starts from: a plainly named year from it on is a year things are due
  /// (`力争2026年…突破50亿元`).
  let reference: Int?
  /// The one year a one-year work plan is for: the year of every sentence naming none.
  let workYear: Int?
  /// The year after the document's own (its date's, else its 文号's): what `明年` names.
  let nextYear: Int?
  /// The years the plan runs over: a goals part opened by its span (`经过五年努力,…`,
  /// `GoalSpanOpenings`) sets its last year for the goals after.
  let period: PlanPeriod?
  private var paragraphYear: Int?
  private var carriedYear: Int?
  private var carriedKey: String?
  private var takesCarried = true
  /// True in the goals part (`GoalSpanOpenings`: the period alone opening a sentence there).
  private var inGoals = false
  /// The industry the sentence opens with, and the one whose sentence set the paragraph's year.
  private var subject: String?
  private var yearSubject: String?

  init(reference: Int?, workYear: Int? = nil, nextYear: Int? = nil, period: PlanPeriod? = nil) {
    self.reference = reference
    self.workYear = workYear
    self.nextYear = nextYear
    self.period = period
  }

  /// Words naming the year after the one the document is written in (`明年全市新开工…`).
  static let nextYearWords = ["明年", "下一年度", "下年度"]

  /// Called at each paragraph: `carries` is true where a year may pass to later paragraphs
  /// (the goals part, or before any heading); `takes` is true where this paragraph may take
  /// such a year (the goals part, or a line of a list: `——…`, or after a line closed by `:`).
  mutating func startParagraph(
    key: String?, carries: Bool, takes: Bool = true, inGoals: Bool = false
  ) {
    paragraphYear = nil
    yearSubject = nil
    takesCarried = takes
    self.inGoals = inGoals
    if !carries {
      carriedYear = nil
      carriedKey = nil
    }
  }

  /// Called at each sentence with the industry it opens with (`SubjectIndustry`): a sentence
  /// opening with another industry than the one whose sentence set the paragraph's year
  /// (`…到2028年储能电池产能达到20GW。生物制造产业聚焦A、B,建设中试基地1个`) takes no year from it.
  mutating func startSentence(subject: String?) {
    self.subject = subject
    if let subject, let yearSubject, subject != yearSubject { paragraphYear = nil }
  }

  /// The year for one sentence, and the mark when it was borrowed.
  mutating func year(
    for sentence: Substring, key: String?, carries: Bool, headingYear: Int?
  ) -> (year: Int?, mark: ReviewMark?) {
    let notes = BracketBaseline.notes(in: sentence)
    let years = NumberUnitParser.years(in: sentence).filter {
      !BracketBaseline.holds($0, among: notes)
    }
    let planYears = years.filter {
      $0.role == .plain && $0.year >= (reference ?? Int.max)
        && !YearListPairs.leadsListedFigure($0, in: sentence)
    }
    if let own = years.first(where: { $0.role == .due })?.year ?? planYears.first?.year
      ?? years.filter({ $0.role == .span }).map(\.year).max()
    {
      // `2025年盘活500亩、2026年700亩、2027年800亩`: a list by year dates its own figures; a
      // later sentence takes none of its years.
      if years.contains(where: { YearListPairs.leadsListedFigure($0, in: sentence) })
        || YearByYearFigures.lists(sentence)
      {
        return (own, nil)
      }
      // `其中2026年盘活600亩`: the year of a part, its clause's alone (`PartYears`).
      if years.contains(where: { PartYears.opensPart($0, in: sentence) }) { return (own, nil) }
      paragraphYear = own
      yearSubject = subject
      if carries {
        carriedYear = own
        carriedKey = key
      }
      return (own, nil)
    }
    // `明年…` dates its own sentence only: it sets no year for the sentences after it.
    if let nextYear, years.isEmpty, Self.nextYearWords.contains(where: sentence.contains) {
      return (nextYear, nil)
    }
    if years.isEmpty,
      let spanYear = GoalSpanOpenings.year(opening: sentence, period: period, inGoals: inGoals)
    {
      return openedBySpan(
        sentence, year: spanYear, key: key, carries: carries, headingYear: headingYear)
    }
    return borrowedYear(carries: carries, headingYear: headingYear)
  }

  /// A sentence opened by the plan's span (`经过五年努力,…`) where years carry: its year holds
  /// for the sentences and the paragraphs after it; the sentence itself keeps the year it had
  /// (a span reaching its clauses, `SpanReach`), unless it names the span's end (`到“十五五”末`).
  private mutating func openedBySpan(
    _ sentence: Substring, year spanYear: Int, key: String?, carries: Bool, headingYear: Int?
  ) -> (year: Int?, mark: ReviewMark?) {
    let own = borrowedYear(carries: carries, headingYear: headingYear)
    // Only in a goals part (or before any heading): elsewhere a span opens a task's total.
    guard carries else { return own }
    paragraphYear = spanYear
    yearSubject = subject
    carriedYear = spanYear
    carriedKey = key
    if GoalSpanOpenings.namesDueEnd(sentence, period: period)
      || GoalSpanOpenings.opensPeriodGoals(sentence, period: period, inGoals: inGoals)
    {
      return (spanYear, nil)
    }
    return own
  }

  /// The year a sentence naming none borrows: the paragraph's, an earlier paragraph's, the
  /// heading's, the work plan's.
  private func borrowedYear(carries: Bool, headingYear: Int?) -> (year: Int?, mark: ReviewMark?) {
    if let paragraphYear { return (paragraphYear, nil) }
    if carries, takesCarried, let carriedYear { return (carriedYear, .yearFromEarlierParagraph) }
    if let headingYear { return (headingYear, .yearFromHeading) }
    if let workYear { return (workYear, .yearOfWorkPlan) }
    return (nil, .noYear)
  }
}

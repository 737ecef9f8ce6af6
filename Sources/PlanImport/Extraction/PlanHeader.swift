import PlanModel

/// The draft's `region` and `plan` sections, from the document's data and the region the
/// text names; what had to be guessed is said in the plan's notes.
struct PlanHeader {
  var region: Region
  var document: PlanDocument

  init(
    metadata: DocumentMetadata, paragraphs: [String], firstHeading: Int?, body: BodyParagraphs,
    reading: TextReading, regionID: String?, language: Language
  ) {
    var notes: [String] = []
    func note(_ zh: String, _ en: String) {
      notes.append(language == .zh ? "待核:" + zh : "review: " + en)
    }
    let opening = Array(paragraphs.prefix(firstHeading ?? 12))
    let header = [metadata.issuer, metadata.title].compactMap { $0 } + opening.prefix(3)
    let text = paragraphs.joined(separator: "\n")
    let guess = RegionGuess(header: header, text: text)
    if guess == nil { note("原文未见地区名称,地区为占位", "no region named in the text; a placeholder stands") }
    if let guess, !guess.fromHeader { note("地区由正文推断", "region guessed from the text") }
    if guess?.provinceGuessed == true {
      note("所属省份由正文提及推断", "province guessed from the provinces the text mentions")
    }
    let name = guess?.name ?? "未知地区"
    region = Region(
      id: regionID ?? DraftIDs.regionID(for: guess?.name ?? "region"), name: name,
      level: guess?.level ?? .city, province: guess?.province, parent: guess?.parent)
    let horizon = Self.horizon(metadata: metadata, reading: reading, paragraphs: paragraphs)
    if metadata.span == nil { note("规划期由正文年份推断", "horizon guessed from the years in the text") }
    if metadata.title == nil {
      note("原文未载标题,标题为拟定", "the text carries no title; a descriptive one stands")
    }
    if body.droppedLeadIn {
      note("“原文如下”之前的转载导语未读入", "the reposting lead-in before 原文如下 was left out")
    }
    if body.droppedRepeat { note("原文重复的第二份未读入", "a repeated second copy of the text was left out") }
    document = PlanDocument(
      title: metadata.title ?? "\(name)规划文件(原文未载标题)", titleInText: metadata.title != nil,
      issuer: metadata.issuer, docNumber: metadata.docNumber, issued: metadata.issued,
      status: metadata.status, horizon: horizon, notes: notes)
  }

  /// Words that look past the plan's span to a later goal (`展望2035年`).
  static let lookAheadWords = ["展望", "远景"]

  /// The title's span — reaching a goal in a paragraph that looks past it (`规划期为2026—2030年,
  /// 展望到2035年`) — else from the issue year (its 文号's, the year after the starting figures,
  /// or the earliest year due) to the latest year any goal is due.
  static func horizon(metadata: DocumentMetadata, reading: TextReading, paragraphs: [String])
    -> Horizon
  {
    if let span = metadata.span {
      let ahead = reading.goals.filter { placed in
        placed.paragraph < paragraphs.count
          && lookAheadWords.contains(where: paragraphs[placed.paragraph].contains)
      }.compactMap { $0.candidate.goal.target?.year }
      return Horizon(start: span.start, end: max(span.end, ahead.max() ?? span.end))
    }
    let due = reading.goals.compactMap { $0.candidate.goal.target?.year }
    let start =
      startYear(issued: metadata.issued, due: due) ?? metadata.docNumberYear
      ?? afterStartingFigures(reading, due: due) ?? due.min() ?? 2025
    let end = max(start, due.max() ?? start)
    return Horizon(start: min(start, end), end: end)
  }

  /// The issue year; the year after it for a document issued late in a year whose goals
  /// start the next (`2026年12月18日` with goals due 2027 and after, none in 2026).
  static func startYear(issued: PlanDate?, due: [Int]) -> Int? {
    guard let issued else { return nil }
    if (issued.month ?? 0) >= 10, !due.contains(issued.year), due.contains(issued.year + 1) {
      return issued.year + 1
    }
    return issued.year
  }

  /// Undated: the year after the latest starting figure, when no goal is due before it
  /// (`2022年全市规上工业增加值…` → 2023).
  static func afterStartingFigures(_ reading: TextReading, due: [Int]) -> Int? {
    guard let latest = reading.starting.compactMap(\.year).max() else { return nil }
    let start = latest + 1
    return start <= (due.min() ?? start) ? start : nil
  }
}

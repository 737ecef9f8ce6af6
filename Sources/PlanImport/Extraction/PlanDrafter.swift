import PlanModel

/// Drafts a plan from a document's text by general rules: the region and document data, the
/// outline, targets and indicators with their baselines, clusters, ladders and measures with
/// their units, every item with its verbatim source sentence and `review` marks where the
/// rules are unsure. The draft is meant for a person to review, not to be trusted as it is.
public struct PlanDrafter: Sendable {
  public var regionID: String?
  public var sourceName: String?
  public var language: Language

  public init(regionID: String? = nil, sourceName: String? = nil, language: Language = .zh) {
    self.regionID = regionID
    self.sourceName = sourceName
    self.language = language
  }

  public func draft(_ text: DocumentText) -> Plan {
    let document = text.foldingFullWidthForms
    let body = BodyParagraphs(document)
    let paragraphs = body.texts
    let outline = OutlineRecogniser(paragraphs: paragraphs)
    var sections = PlanSections(outline: outline.headings)
    sections.markOwnYearReviews(outline: outline, paragraphs: paragraphs)
    let firstHeading = outline.lines.firstIndex { $0 != nil }
    let metadata = DocumentMetadata(paragraphs: paragraphs, firstHeading: firstHeading)
    if OneYearPlan.reportsStretch(ofTitle: metadata.title) { sections.markStartingPartsOwnYear() }
    let reading = TextReading(
      paragraphs: paragraphs, outline: outline, sections: sections,
      // A one-year work plan starts from its year, even when issued the December before; any
      // other plan from the later of its issue year and its span's start (a 2027—2030 plan
      // issued in November 2026 reports 2026 as its start).
      reference: metadata.workYear ?? PlanDrafter.startYear(metadata),
      period: (metadata.span?.start ?? metadata.openingIssued?.year ?? metadata.docNumberYear).map {
        PlanPeriod(start: $0, end: metadata.span?.end, written: metadata.openingIssued?.year)
      }, workYear: metadata.workYear,
      documentYear: metadata.openingIssued?.year ?? metadata.docNumberYear)
    var header = PlanHeader(
      metadata: metadata, paragraphs: paragraphs, firstHeading: firstHeading, body: body,
      reading: reading, regionID: regionID, language: language)
    header.document.sourceDocument = sourceName
    var ids = DraftIDs(region: header.region.id)
    let items = DraftItems(
      paragraphs: paragraphs, outline: outline, sections: sections, reading: reading,
      tables: document.tables, horizon: header.document.horizon, language: language,
      tablePlaces: Self.tablePlaces(document, in: paragraphs),
      planIndustry: PlanIndustry.named(inTitle: metadata.title))
    var plan = Plan(region: header.region, document: header.document, outline: outline.headings)
    items.fill(&plan, ids: &ids)
    // The rules read full-width punctuation folded; each item keeps its sentence as printed.
    PrintedText(text)?.restore(&plan)
    return plan
  }

  /// The year the plan starts from, for telling its starting figures from its goals: the later
  /// of the year it was issued and its span's start (a 2023—2027 plan issued in 2023 reports
  /// 2022; a 2027—2030 plan issued late in 2026 reports 2026), else the 文号's year.
  static func startYear(_ metadata: DocumentMetadata) -> Int? {
    let known = [metadata.openingIssued?.year, metadata.span?.start].compactMap { $0 }
    return known.max() ?? metadata.docNumberYear
  }

  /// For each table of the document, the index of the body paragraph printed just before it.
  static func tablePlaces(_ document: DocumentText, in paragraphs: [String]) -> [Int?] {
    var before: String?
    var places: [Int?] = []
    for block in document.blocks {
      switch block {
      case .paragraph(let text): before = PlanTextCharacters.trimmed(text)
      case .table: places.append(before.flatMap { paragraphs.lastIndex(of: $0) })
      }
    }
    return places
  }
}

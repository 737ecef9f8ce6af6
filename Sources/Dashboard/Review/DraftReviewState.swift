import PlanModel

/// Which pane of the review screen the movement keys act on.
public enum ReviewFocus: Hashable, Sendable {
  case items
  case text
}

/// What the keys do now: browse, name the field to edit (after `e`), type into it, or read
/// the help.
public enum ReviewMode: Hashable, Sendable {
  case browsing
  case choosingField
  case editing(ReviewField, LineEditor)
  case help(top: Int)
}

/// Everything on the review screen. Only `ReviewReducer` writes it.
public struct DraftReviewState: Sendable {
  /// The draft as edited so far.
  public internal(set) var plan: Plan
  /// The draft file's path, as given on the command line (named on screen).
  public let draftPath: String
  public let document: ReviewDocument
  /// One line saying why the document's own text is not shown, or nil when it is.
  public let documentNote: Localized?
  /// The heading key each paragraph stands under (for items made from a sentence).
  let paragraphHeadings: [String?]
  public internal(set) var language: Language
  /// The review marks the rules write, in both languages, by the text the draft holds
  /// (`ReviewMarkNames`): shown in the reader's language. Marks not here show as written.
  public let markNames: [String: Localized]
  public let glyphs: GlyphSet
  public internal(set) var width: Int
  public internal(set) var height: Int
  public internal(set) var focus: ReviewFocus = .items
  public internal(set) var mode: ReviewMode = .browsing
  /// The items as listed: those marked for review first, then by kind, each in plan order.
  public internal(set) var order: [ReviewItemRef] = []
  public internal(set) var selection = 0
  public internal(set) var itemTop = 0
  /// The sentence the text pane's cursor is on, and the first one shown.
  public internal(set) var textCursor = 0
  public internal(set) var textTop = 0
  /// The sentences the selected item is drafted from.
  public internal(set) var highlight: Range<Int> = 0..<0
  public internal(set) var history = ReviewHistory()
  public internal(set) var message: StatusMessage?
  /// True when there are changes not yet written to the draft file.
  public internal(set) var dirty = false
  /// True after a first `q` with changes unwritten: a second one quits.
  public internal(set) var quitArmed = false
  public internal(set) var quitRequested = false
  /// The plan to write, left by `w` for the app to hand to the CLI's writer.
  public internal(set) var finishRequest: Plan?
  /// The problems `validate` found in the file last written, as `file:line: message`.
  public internal(set) var problems: [String] = []
  /// The file written by a finish that validated cleanly.
  public internal(set) var writtenPath: String?

  public init(
    plan: Plan, draftPath: String, document: ReviewDocument, documentNote: Localized? = nil,
    language: Language, markNames: [String: Localized] = [:], glyphs: GlyphSet = .unicode,
    width: Int = 80, height: Int = 24
  ) {
    self.markNames = markNames
    self.plan = plan
    self.draftPath = draftPath
    self.document = document
    self.documentNote = documentNote
    self.paragraphHeadings = document.headings(of: plan.outline)
    self.language = language
    self.glyphs = glyphs
    self.width = width
    self.height = height
    ReviewReducer.settle(&self)
  }

  /// The selected item, if the draft has any left.
  public var selected: ReviewItemRef? { order.indices.contains(selection) ? order[selection] : nil }

  /// How many listed items still carry review marks.
  public var markedCount: Int { order.prefix { plan.reviewItem($0)?.needsReview == true }.count }

  public var layout: ReviewLayout {
    ReviewLayout(width: width, height: height, problems: problems.count, note: documentNote != nil)
  }
}

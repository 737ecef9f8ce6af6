/// A measure (措施) of the plan, with its section number as printed and its units.
public struct Measure: Hashable, Codable, Sendable, Identifiable {
  public var id: String
  /// The section number as printed, or `nil` where the text numbers nothing.
  public var section: String?
  /// Where an unnumbered measure stands: `三(一) ¶2`.
  public var position: String?
  /// Which run of numbering it belongs to, where the text restarts its numbering.
  public var sequence: Int?
  public var title: String
  /// The paragraph as printed; possibly still on disk (see `LongText`).
  public var longText: LongText
  /// 牵头单位.
  public var leadUnits: [String]
  /// 责任单位.
  public var responsibleUnits: [String]
  /// Clusters the text ties it to.
  public var clusters: [String]
  /// Targets or indicators the text ties it to.
  public var targets: [String]
  public var outputs: [MeasureOutput]
  public var due: Int?
  public var source: SourceRef

  public init(
    id: String, section: String?, position: String? = nil, sequence: Int? = nil, title: String,
    text: String, leadUnits: [String] = [], responsibleUnits: [String] = [],
    clusters: [String] = [], targets: [String] = [], outputs: [MeasureOutput] = [],
    due: Int? = nil, source: SourceRef
  ) {
    self.id = id
    self.section = section
    self.position = position
    self.sequence = sequence
    self.title = title
    self.longText = LongText(text)
    self.leadUnits = leadUnits
    self.responsibleUnits = responsibleUnits
    self.clusters = clusters
    self.targets = targets
    self.outputs = outputs
    self.due = due
    self.source = source
  }

  /// The paragraph as printed.
  public var text: String {
    get { longText.value }
    set { longText = LongText(newValue) }
  }

  /// The sentence the measure is sourced from: its own text unless the file names one.
  public var sourceText: String { source.text ?? text }

  enum CodingKeys: String, CodingKey {
    case id, section, position, sequence, title
    case longText = "text"
    case leadUnits, responsibleUnits, clusters, targets, outputs, due, source
  }
}

/// A quantified output inside a measure (形成…2个以上应用场景).
public struct MeasureOutput: Hashable, Codable, Sendable {
  public var metric: String
  public var figure: Figure
  public var unit: String?
  public var perYear: Bool

  public init(metric: String, figure: Figure, unit: String? = nil, perYear: Bool = false) {
    self.metric = metric
    self.figure = figure
    self.unit = unit
    self.perYear = perYear
  }
}

/// The plan document itself: its title, issuer, number, date, status and horizon.
public struct PlanDocument: Hashable, Codable, Sendable {
  public var title: String
  /// `false` where the text carries no title and `title` is a descriptive one.
  public var titleInText: Bool
  public var issuer: String?
  /// 文号, e.g. `隽发〔2022〕12号`.
  public var docNumber: String?
  /// The issue date as written: `2023`, `2023-09` or `2023-09-12`.
  public var issued: PlanDate?
  /// e.g. `征求意见稿`.
  public var status: String?
  public var horizon: Horizon
  public var stages: [Stage]
  /// The seed document the plan was extracted from.
  public var sourceDocument: String?
  public var notes: [String]

  public init(
    title: String, titleInText: Bool = true, issuer: String? = nil, docNumber: String? = nil,
    issued: PlanDate? = nil, status: String? = nil, horizon: Horizon, stages: [Stage] = [],
    sourceDocument: String? = nil, notes: [String] = []
  ) {
    self.title = title
    self.titleInText = titleInText
    self.issuer = issuer
    self.docNumber = docNumber
    self.issued = issued
    self.status = status
    self.horizon = horizon
    self.stages = stages
    self.sourceDocument = sourceDocument
    self.notes = notes
  }
}

/// The years a plan covers.
public struct Horizon: Hashable, Codable, Sendable {
  public var start: Int
  public var end: Int

  public init(start: Int, end: Int) {
    self.start = start
    self.end = end
  }
}

/// A stage of a long plan (Chengdu's 2025, 2030 and 2035).
public struct Stage: Hashable, Codable, Sendable {
  public var year: Int
  public var name: String?
  public var source: SourceRef?

  public init(year: Int, name: String? = nil, source: SourceRef? = nil) {
    self.year = year
    self.name = name
    self.source = source
  }
}

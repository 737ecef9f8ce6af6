/// Where an item comes from in its plan's text: the section number as printed and the sentence.
public struct SourceRef: Hashable, Codable, Sendable {
  /// The section number as printed (`三(一)`, `(七)`, `13.`), or `nil` where the text numbers nothing.
  public var section: String?
  /// The sentence as printed, a verbatim substring of the plan's text.
  public var text: String?

  public init(section: String? = nil, text: String? = nil) {
    self.section = section
    self.text = text
  }
}

/// Where an item comes from in its plan's text: the heading it is written under, the section
/// number as printed and the sentence.
public struct SourceRef: Hashable, Codable, Sendable {
  /// The key of the outline heading the item is written under (`OutlineHeading.key`), or
  /// `nil` where it stands before the first heading (a preamble) or the plan has no outline.
  public var heading: String?
  /// The section number as printed (`三(一)`, `(七)`, `13.`), or `nil` where the text numbers nothing.
  public var section: String?
  /// The sentence as printed, a verbatim substring of the plan's text.
  public var text: String?
  /// Why a drafted item needs a person's review (`plandash import`): one reason each
  /// ("year taken from the section heading"); empty once reviewed or when written by hand.
  public var review: [String]

  public init(
    section: String? = nil, text: String? = nil, heading: String? = nil, review: [String] = []
  ) {
    self.heading = heading
    self.section = section
    self.text = text
    self.review = review
  }
}

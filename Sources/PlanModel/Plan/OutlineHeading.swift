/// A heading of the plan's text as printed — a chapter (四、…), a section ((一)…), an item
/// (1. / (1)) — or a part the text does not head (南充's five parts), nested by `parent`.
public struct OutlineHeading: Hashable, Codable, Sendable, Identifiable {
  /// The heading's key, unique in its plan: the numbers of its ancestors and its own, without
  /// the 、 or the full stop (`三`, `三(二)`, `二(四)9`); `P1`… for a part the text does not head.
  public var key: String
  /// The number as printed (`四、`, `(一)`, `1.`, `(1)`); empty for an unnumbered heading.
  public var number: String
  /// The title as printed: a verbatim substring of the plan's text (unless `inText` is false).
  public var title: String
  /// 1 for a chapter (or an unheaded part), 2 for a section under it, and so on.
  public var level: Int
  /// The key of the heading it stands under; `nil` for a chapter.
  public var parent: String?
  /// False for a part the text does not print a heading for (its title is then a name
  /// given to it, not a quotation).
  public var inText: Bool

  public init(
    key: String, number: String, title: String, level: Int, parent: String? = nil,
    inText: Bool = true
  ) {
    self.key = key
    self.number = number
    self.title = title
    self.level = level
    self.parent = parent
    self.inText = inText
  }

  public var id: String { key }

  /// Number and title as printed together: `四、深入实施…`, `(一)实施…`, and a chapter's number
  /// with a space after it as 规划 print it: `第二章 发展目标`.
  public var printed: String {
    let spaced = HeadingNumber(printed: number).map { $0.style.ordinalWord != nil } ?? false
    return spaced ? number + " " + title : number + title
  }
}

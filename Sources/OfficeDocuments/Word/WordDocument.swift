/// A Word document as the report builds it: a 公文-style sequence of blocks — a title, a
/// line under it, headings of two levels, body paragraphs, tables and the date at the end —
/// laid out on GB/T 9704 pages by `WordDocumentWriter`. It knows nothing of plans.
public struct WordDocument: Sendable {
  public enum Block: Sendable, Equatable {
    /// The title: 小标宋 二号, centred.
    case title(String)
    /// A line under the title (the period, the scope): 楷体 三号, centred.
    case subtitle(String)
    /// 一级标题 (`一、总体情况`): 黑体 三号.
    case heading1(String)
    /// 二级标题 (`（一）目标`): 楷体 三号.
    case heading2(String)
    /// Body text: 仿宋 三号, the first line indented two characters.
    case paragraph(String)
    /// A caption or note just above or below a table: 仿宋, smaller, no indent.
    case note(String)
    case table(WordTable)
    /// The date at the end (成文日期): right-aligned, four characters in from the margin.
    case date(String)
  }

  /// The document's title as its properties give it (File › Properties).
  public var title: String
  public var blocks: [Block]
  /// `zh-CN` or `en-US`: the language Word and WPS check the text in.
  public var language: String
  public var author: String

  public init(title: String, blocks: [Block], language: String, author: String = "plandash") {
    self.title = title
    self.blocks = blocks
    self.language = language
    self.author = author
  }
}

/// A drill-down page as data: its title, its lines — headings, fields, wrapped sentences and
/// selectable item rows (Enter opens them; marking and recording apply to them) — and the
/// list entries its `/` filter searches. One builder per kind of page makes it
/// (`PageRoutes`), `PageMemo` keeps it for the frame, `DetailView` draws it.
struct DetailPage {
  struct Row {
    var cells: [DetailCell]
    /// The item this row stands for, when it can be selected.
    var itemID: String?
    var route: DetailRoute?
    /// On a figure's page, the year of the actual this row shows (`d` deletes it).
    var actualYear: Int?
    /// The list entry the row belongs to (an index into `entries`); nil for headings,
    /// fields and text, which a `/` filter keeps.
    var entry: Int? = nil
  }

  enum DetailCell {
    case text(String, width: Int?, align: Alignment = .left, role: StyleRole = .normal)
    case bar(Double?, width: Int)
  }

  var title: String
  var rows: [Row] = []
  /// The page's list entries — an item, an actual, a history line, a unit with its
  /// measures — with what `/` searches in each (see `PageFilter`).
  var entries: [PageFilter.Entry] = []

  /// Indices of the rows that can be selected.
  var selectable: [Int] { rows.indices.filter { rows[$0].itemID != nil } }
}

/// The status line after `u` or Ctrl-R: what was taken back or re-applied —
/// `undone: 摩托车`, `已撤销：摩托车 等3项`.
enum UndoMessage {
  static func text(undo: Bool, items: [String], _ data: DashboardData, _ language: Language)
    -> String
  {
    let verb = undo ? UIText.undone(language) : UIText.redone(language)
    var seen: Set<String> = []
    let unique = items.filter { seen.insert($0).inserted }
    guard let first = unique.first else { return verb }
    let more =
      unique.count == 1
      ? "" : language == .zh ? " 等\(unique.count)项" : " and \(unique.count - 1) more"
    return verb + (language == .zh ? "：" : ": ") + data.name(of: first) + more
  }
}

import PlanModel

/// Every string of the review screen, in both languages.
enum ReviewText {
  static let title = Localized(zh: "审阅草稿", en: "Review draft")
  static let textPane = Localized(zh: "原文", en: "Text")
  static let itemsPane = Localized(zh: "条目", en: "Items")
  static let detailPane = Localized(zh: "所选条目", en: "Selected item")
  static let problemsPane = Localized(zh: "校验问题", en: "Validation problems")
  static let writing = Localized(zh: "正在写入并校验…", en: "writing and validating…")
  static let noItems = Localized(zh: "草稿中没有条目", en: "the draft has no items")
  static let noSentence = Localized(zh: "原文栏没有句子", en: "the text pane has no sentence")
  static let noItemHere = Localized(
    zh: "没有由此句起草的条目（T/M/I/C 可由它新建）", en: "no item is drafted from this sentence (T/M/I/C make one)")
  static let nothingToUndo = Localized(zh: "没有可撤销的修改", en: "nothing to undo")
  static let nothingToRedo = Localized(zh: "没有可重做的修改", en: "nothing to redo")
  static let undoHint = Localized(zh: "（u 撤销）", en: " (u undoes)")
  static let confirmQuit = Localized(
    zh: "有未写入的修改：再按 q 放弃修改并退出，按 w 写入",
    en: "changes are unwritten: q again drops them and quits, w writes")
  static let newItemReason = Localized(
    zh: "由审阅者从原文新建：请核对各字段", en: "made from the text in review: check its fields")
  static let cannotWrite = Localized(
    zh: "此处不能写入文件", en: "no file can be written here")
  static let review = Localized(zh: "待审", en: "review")
  static let none = Localized(zh: "无", en: "none")
  static let tooSmall = Localized(zh: "终端太小", en: "Terminal too small")
  static let hints = Localized(
    zh: "?帮助 Tab切换 a接受 e编辑 d删除 T新目标 M新措施 u撤销 w完成 q退出",
    en: "? help  Tab pane  a accept  e edit  d reject  T/M new  u undo  w finish  q quit")

  static func header(marked: Int, total: Int) -> Localized {
    Localized(
      zh: "待审 \(marked) / 共 \(total) 项",
      en: "\(marked) to review / \(total) item\(total == 1 ? "" : "s")")
  }

  static func chooseField(_ kind: ReviewItemKind) -> Localized {
    let keys = ReviewKeyTable.bindings.filter { binding in
      guard binding.context == .fieldChoice, case .edit(let field) = binding.action else {
        return false
      }
      return field.applies(to: kind)
    }
    return Localized(
      zh: "编辑："
        + keys.map { "\($0.keyLabel) \(fieldLabel($0.action, kind, .zh))" }.joined(separator: "  ")
        + "  Esc 取消",
      en: "edit: "
        + keys.map { "\($0.keyLabel) \(fieldLabel($0.action, kind, .en))" }.joined(separator: "  ")
        + "  Esc cancel")
  }

  private static func fieldLabel(
    _ action: ReviewAction, _ kind: ReviewItemKind, _ language: Language
  )
    -> String
  {
    guard case .edit(let field) = action else { return "" }
    return field.label(for: kind)(language)
  }

  static func fieldNotApplicable(_ field: ReviewField, _ kind: ReviewItemKind) -> Localized {
    Localized(
      zh: "\(kind.name(.zh))没有“\(field.label(for: kind)(.zh))”一栏",
      en: "a \(kind.name(.en).lowercased()) has no \(field.label(for: kind)(.en))")
  }

  static func accepted(_ title: String) -> Localized {
    Localized(zh: "已接受“\(title)”", en: "accepted “\(title)”")
  }

  static func alreadyAccepted(_ title: String) -> Localized {
    Localized(zh: "“\(title)”无待审标记", en: "“\(title)” has no review marks")
  }

  static func rejected(_ title: String) -> Localized {
    Localized(zh: "已删除“\(title)”", en: "rejected “\(title)”")
  }

  static func created(_ kind: ReviewItemKind, _ text: String) -> Localized {
    Localized(
      zh: "已新建\(kind.name(.zh))“\(text)”", en: "new \(kind.name(.en).lowercased()) “\(text)”")
  }

  static func edited(_ field: Localized, _ title: String) -> Localized {
    Localized(
      zh: "已修改“\(title)”的\(field(.zh))", en: "changed the \(field(.en)) of “\(title)”")
  }

  static func undone(_ what: String) -> Localized {
    Localized(zh: "已撤销：\(what)", en: "undone: \(what)")
  }

  static func redone(_ what: String) -> Localized {
    Localized(zh: "已重做：\(what)", en: "redone: \(what)")
  }

  static func written(_ path: String) -> Localized {
    Localized(zh: "已写入 \(path)，校验通过", en: "wrote \(path); it validates")
  }

  static func writtenWithProblems(_ path: String, _ count: Int) -> Localized {
    Localized(
      zh: "已写入 \(path)，但校验发现 \(count) 个问题（见下方；改正后再按 w）",
      en:
        "wrote \(path), but validation found \(count) problem(s) (below; fix them and press w again)"
    )
  }
}

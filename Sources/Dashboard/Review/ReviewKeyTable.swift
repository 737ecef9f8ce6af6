import PlanModel

/// Where a review key applies; the help groups the keys by it.
public enum ReviewKeyContext: Int, CaseIterable, Hashable, Sendable {
  case everywhere
  case items
  case text
  case fieldChoice
  case editor
  case help

  var title: Localized {
    switch self {
    case .everywhere: Localized(zh: "通用", en: "Everywhere")
    case .items: Localized(zh: "条目栏", en: "Items pane")
    case .text: Localized(zh: "原文栏", en: "Text pane")
    case .fieldChoice: Localized(zh: "按 e 之后：选择要编辑的字段", en: "After e: the field to edit")
    case .editor: Localized(zh: "输入时", en: "While typing")
    case .help: Localized(zh: "帮助页", en: "Help screen")
    }
  }
}

/// One row of the review key table: the keys, what they do, where, and how help says it.
public struct ReviewKeyBinding: Hashable, Sendable {
  public var keys: [Key]
  public var action: ReviewAction
  public var context: ReviewKeyContext
  public var description: Localized

  init(_ keys: [Key], _ action: ReviewAction, _ context: ReviewKeyContext, zh: String, en: String) {
    self.keys = keys
    self.action = action
    self.context = context
    self.description = Localized(zh: zh, en: en)
  }

  /// The keys as help shows them (`a/Space`, `C-r`).
  public var keyLabel: String { keys.map(\.label).joined(separator: "/") }
}

/// THE place where a key becomes a review action: one registry, used to dispatch keys and
/// to write the `?` help, as the dashboard's `KeyTable` is.
public enum ReviewKeyTable {
  public static let bindings: [ReviewKeyBinding] = [
    .init(
      [.text("?"), .function(1)], .showHelp, .everywhere, zh: "帮助（本页）", en: "help (this page)"),
    .init(
      [.tab, .backTab], .switchPane, .everywhere, zh: "切换原文栏/条目栏", en: "switch text / items pane"),
    .init([.up, .text("k")], .moveUp, .everywhere, zh: "上移", en: "move up"),
    .init([.down, .text("j")], .moveDown, .everywhere, zh: "下移", en: "move down"),
    .init([.pageUp, .ctrl("b")], .pageUp, .everywhere, zh: "上翻一页", en: "page up"),
    .init([.pageDown, .ctrl("f")], .pageDown, .everywhere, zh: "下翻一页", en: "page down"),
    .init([.text("g"), .home], .moveToTop, .everywhere, zh: "到顶部", en: "go to top"),
    .init([.text("G"), .end], .moveToBottom, .everywhere, zh: "到底部", en: "go to bottom"),
    .init([.text("u")], .undo, .everywhere, zh: "撤销", en: "undo"),
    .init([.ctrl("r")], .redo, .everywhere, zh: "重做", en: "redo"),
    .init(
      [.text("w")], .finish, .everywhere, zh: "完成：写入计划文件并校验",
      en: "finish: write the plan file and validate it"),
    .init([.text("L")], .toggleLanguage, .everywhere, zh: "切换中英文", en: "switch language"),
    .init(
      [.text("q"), .ctrl("c")], .quit, .everywhere, zh: "退出（有未写入的修改时先确认）",
      en: "quit (asks first while changes are unwritten)"),
    .init(
      [.text("a"), .space], .accept, .items, zh: "接受：清除待审标记", en: "accept: clear the review marks"),
    .init([.text("e")], .chooseField, .items, zh: "编辑字段（再按字段键）", en: "edit a field (then its key)"),
    .init([.text("d"), .delete], .reject, .items, zh: "删除（拒绝）此条", en: "reject: remove the item"),
    .init(
      [.text("T")], .newItem(.target), .text, zh: "以光标句新建目标",
      en: "new target from the cursor sentence"),
    .init(
      [.text("M")], .newItem(.measure), .text, zh: "以光标句新建措施",
      en: "new measure from the cursor sentence"),
    .init(
      [.text("I")], .newItem(.indicator), .text, zh: "以光标句新建用地/能耗指标",
      en: "new land/energy indicator from the cursor sentence"),
    .init(
      [.text("C")], .newItem(.cluster), .text, zh: "以光标句新建集群",
      en: "new cluster from the cursor sentence"),
    .init(
      [.enter], .itemAtSentence, .text, zh: "选中由此句起草的条目",
      en: "select the item drafted from this sentence"),
    .init([.text("t")], .edit(.title), .fieldChoice, zh: "指标名/名称/标题", en: "metric / name / title"),
    .init([.text("v")], .edit(.value), .fieldChoice, zh: "数值", en: "figure value"),
    .init([.text("u")], .edit(.unit), .fieldChoice, zh: "单位", en: "unit"),
    .init(
      [.text("y")], .edit(.year), .fieldChoice, zh: "年份（措施：完成年份）", en: "year (a measure: due year)"),
    .init(
      [.text("l")], .edit(.leadUnits), .fieldChoice, zh: "牵头单位（以、分隔）",
      en: "lead units (、 or , between)"),
    .init(
      [.text("r")], .edit(.responsibleUnits), .fieldChoice, zh: "责任单位（以、分隔）",
      en: "responsible units (、 or , between)"),
    .init(
      [.text("h")], .edit(.heading), .fieldChoice, zh: "所属标题（提纲键，如 三(二)）",
      en: "heading (outline key, e.g. 三(二))"),
    .init([.escape], .cancelChoice, .fieldChoice, zh: "取消", en: "cancel"),
    .init([.enter], .editorSubmit, .editor, zh: "确认", en: "confirm"),
    .init([.escape], .editorCancel, .editor, zh: "取消", en: "cancel"),
    .init([.left], .editorLeft, .editor, zh: "光标左移", en: "cursor left"),
    .init([.right], .editorRight, .editor, zh: "光标右移", en: "cursor right"),
    .init([.home, .ctrl("a")], .editorHome, .editor, zh: "到行首", en: "to the start"),
    .init([.end, .ctrl("e")], .editorEnd, .editor, zh: "到行尾", en: "to the end"),
    .init([.backspace], .editorBackspace, .editor, zh: "删除前一字", en: "delete back"),
    .init([.delete, .ctrl("d")], .editorDelete, .editor, zh: "删除后一字", en: "delete forward"),
    .init([.escape, .text("q"), .text("?")], .closeHelp, .help, zh: "关闭帮助", en: "close help"),
    .init([.up, .text("k")], .moveUp, .help, zh: "上滚", en: "scroll up"),
    .init([.down, .text("j")], .moveDown, .help, zh: "下滚", en: "scroll down"),
    .init([.pageUp], .pageUp, .help, zh: "上翻一页", en: "page up"),
    .init([.pageDown, .space], .pageDown, .help, zh: "下翻一页", en: "page down"),
    .init([.ctrl("c")], .quit, .help, zh: "退出", en: "quit"),
  ]

  /// The contexts that apply now, most specific first.
  static func activeContexts(_ state: DraftReviewState) -> [ReviewKeyContext] {
    switch state.mode {
    case .help: [.help]
    case .editing: [.editor]
    case .choosingField: [.fieldChoice]
    case .browsing: [state.focus == .items ? .items : .text, .everywhere]
    }
  }

  /// The action for a key now, or nil when it means nothing here. While typing, printable
  /// keys insert themselves; C-c quits from anywhere.
  public static func action(for key: Key, in state: DraftReviewState) -> ReviewAction? {
    for context in activeContexts(state) {
      if let binding = bindings.first(where: { $0.context == context && $0.keys.contains(key) }) {
        return binding.action
      }
    }
    switch (state.mode, key) {
    case (_, .ctrl("c")): return .quit
    case (.editing, .text(let text)): return .editorInsert(text)
    case (.editing, .space): return .editorInsert(" ")
    case (.choosingField, _): return .cancelChoice
    default: return nil
    }
  }

  /// The help's lines: every binding grouped by context.
  public static func helpLines(_ language: Language) -> [(key: String, text: String, heading: Bool)]
  {
    var lines: [(String, String, Bool)] = []
    for context in ReviewKeyContext.allCases {
      let group = bindings.filter { $0.context == context }
      lines.append((context.title(language), "", true))
      for binding in group {
        lines.append((binding.keyLabel, binding.description(language), false))
      }
      if context == .editor {
        lines.append(
          (
            Localized(zh: "文字", en: "text")(language),
            Localized(zh: "输入（含输入法上屏的中文）", en: "is typed in (input-method text too)")(language),
            false
          ))
      }
    }
    return lines
  }
}

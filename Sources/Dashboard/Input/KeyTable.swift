/// THE place where a key press becomes an action: one registry of every binding, used both to
/// dispatch keys (`action(for:in:data:)`) and to write the `?` help, so help never drifts.
public enum KeyTable {
  public static let bindings: [KeyBinding] = [
    // Everywhere while browsing.
    KeyBinding([.text("q")], .quit, .browsing, zh: "退出", en: "quit"),
    KeyBinding(
      [.text("?"), .function(1)], .showHelp, .browsing, zh: "帮助（本页）", en: "help (this page)"),
    KeyBinding([.tab], .focusNext, .browsing, zh: "下一个窗格", en: "next pane"),
    KeyBinding([.backTab], .focusPrevious, .browsing, zh: "上一个窗格", en: "previous pane"),
    KeyBinding([.text("1")], .focusPane(.regions), .browsing, zh: "地区窗格", en: "Regions pane"),
    KeyBinding([.text("2")], .focusPane(.clusters), .browsing, zh: "集群窗格", en: "Clusters pane"),
    KeyBinding([.text("3")], .focusPane(.ladders), .browsing, zh: "梯度培育窗格", en: "Ladders pane"),
    KeyBinding(
      [.text("4")], .focusPane(.landEnergy), .browsing, zh: "用地与能耗窗格", en: "Land & Energy pane"),
    KeyBinding([.text("5")], .focusPane(.measures), .browsing, zh: "措施窗格", en: "Measures pane"),
    KeyBinding([.up, .text("k")], .moveUp, .browsing, zh: "上移", en: "move up"),
    KeyBinding([.down, .text("j")], .moveDown, .browsing, zh: "下移", en: "move down"),
    KeyBinding([.pageUp, .ctrl("b")], .pageUp, .browsing, zh: "上翻一页", en: "page up"),
    KeyBinding([.pageDown, .ctrl("f")], .pageDown, .browsing, zh: "下翻一页", en: "page down"),
    KeyBinding([.text("g"), .home], .moveToTop, .browsing, zh: "到顶部", en: "go to top"),
    KeyBinding([.text("G"), .end], .moveToBottom, .browsing, zh: "到底部", en: "go to bottom"),
    KeyBinding([.enter, .right, .text("l")], .open, .browsing, zh: "打开详情", en: "open the detail"),
    KeyBinding([.text(":")], .startCommand, .browsing, zh: "命令行", en: "command line"),
    KeyBinding([.text("t")], .cycleTheme, .browsing, zh: "切换主题", en: "next theme"),
    KeyBinding([.text("L")], .toggleLanguage, .browsing, zh: "切换中英文", en: "switch language"),
    KeyBinding([.text("u")], .undo, .browsing, zh: "撤销上次更改", en: "undo the last change"),
    KeyBinding([.ctrl("r")], .redo, .browsing, zh: "重做", en: "redo"),
    KeyBinding([.ctrl("c")], .quit, .browsing, zh: "退出", en: "quit"),
    KeyBinding(
      [.text("T")], .openTargets, .browsing, zh: "本地区目标评估（最差在前）",
      en: "this region's targets, worst first"),
    KeyBinding(
      [.text("U")], .openUnits, .browsing, zh: "责任单位：措施状态与逾期",
      en: "units: measures by status, late ones"),
    // Lists.
    KeyBinding([.text("o")], .cycleSort, .lists, zh: "切换排序列", en: "cycle the sort column"),
    KeyBinding(
      [.text("/")], .startFilter, .lists, zh: "筛选（边输入边筛，含拼音；措施也查正文，全部地区时只查标题）",
      en: "filter as you type, pinyin too (Measures: their text too; with A titles only)"),
    KeyBinding([.escape], .back, .lists, zh: "清除筛选", en: "clear the filter"),
    // Measures.
    KeyBinding(
      [.space, .text("x")], .toggleDone, .measures, zh: "标记完成/取消（章节行不标记：请选择措施）",
      en: "toggle done (not on a heading: choose a measure)"),
    KeyBinding(
      [.text("s")], .cycleStatus, .measures, zh: "状态：待办→进行中→完成→受阻",
      en: "status: todo → in progress → done → blocked"),
    KeyBinding(
      [.text("v")], .toggleMark, .measures, zh: "选中并下移（多选后一并更改）",
      en: "select and move down (several for one change)"),
    KeyBinding([.text("n")], .editNote, .measures, zh: "编辑备注", en: "edit the note"),
    KeyBinding(
      [.text("A")], .toggleAllRegions, .measuresPane, zh: "当前地区/全部地区",
      en: "this region / all regions"),
    KeyBinding(
      [.enter], .toggleHeading, .measuresPane, zh: "章节：展开/收起；措施：打开详情",
      en: "heading: open / close; measure: open its page"),
    KeyBinding(
      [.right, .text("l")], .openHeading, .measuresPane, zh: "展开章节（已展开则打开章节页）；措施：打开详情",
      en: "open a heading (an open one: its page); measure: its page"),
    KeyBinding(
      [.left, .text("h")], .closeHeading, .measuresPane, zh: "收起章节；在措施上：回到所属章节",
      en: "close a heading; on a measure: go to its heading"),
    KeyBinding(
      [.text("z")], .toggleAllHeadings, .measuresPane, zh: "收起/展开全部章节",
      en: "close / open every heading"),
    // Figures.
    KeyBinding(
      [.text("a")], .recordActual, .figures, zh: "录入实际值（年份、数值、备注）",
      en: "record an actual (year, value, note)"),
    KeyBinding(
      [.text("C")], .openComparison, .figures, zh: "各地区对比此指标或集群",
      en: "compare this figure or cluster across regions"),
    // Detail pages.
    KeyBinding(
      [.text("/")], .startFilter, .detail, zh: "筛选本页各列表（单位、目标、措施、实际值、记录）",
      en: "filter this page's lists (units, targets, measures, actuals, history)"),
    KeyBinding(
      [.escape, .backspace, .left, .text("h")], .back, .detail, zh: "返回（有筛选时先清除筛选）",
      en: "back (first clears the page's filter)"),
    KeyBinding(
      [.text("d"), .delete], .deleteActual, .detail, zh: "删除所选年份的实际值（再按一次确认，u 撤销）",
      en: "delete the selected year's actual (press again to confirm; u undoes)"),
    // Typing.
    KeyBinding([.enter], .editorSubmit, .editor, zh: "确认", en: "confirm"),
    KeyBinding([.escape], .editorCancel, .editor, zh: "取消", en: "cancel"),
    KeyBinding([.left], .editorLeft, .editor, zh: "光标左移", en: "cursor left"),
    KeyBinding([.right], .editorRight, .editor, zh: "光标右移", en: "cursor right"),
    KeyBinding([.home, .ctrl("a")], .editorHome, .editor, zh: "到行首", en: "to the start"),
    KeyBinding([.end, .ctrl("e")], .editorEnd, .editor, zh: "到行尾", en: "to the end"),
    KeyBinding([.backspace], .editorBackspace, .editor, zh: "删除前一字", en: "delete back"),
    KeyBinding([.delete, .ctrl("d")], .editorDelete, .editor, zh: "删除后一字", en: "delete forward"),
    KeyBinding(
      [.ctrl("c")], .quit, .editor, zh: "退出（不保存所输入的内容）", en: "quit (what is typed is dropped)"),
    // Command line.
    KeyBinding([.up], .historyPrevious, .commandLine, zh: "上一条命令", en: "previous command"),
    KeyBinding([.down], .historyNext, .commandLine, zh: "下一条命令", en: "next command"),
    // Form.
    KeyBinding([.tab, .down], .nextField, .form, zh: "下一栏", en: "next field"),
    KeyBinding([.backTab, .up], .previousField, .form, zh: "上一栏", en: "previous field"),
    // Help.
    KeyBinding([.escape, .text("q"), .text("?")], .closeHelp, .help, zh: "关闭帮助", en: "close help"),
    KeyBinding([.text("/")], .startFilter, .help, zh: "筛选帮助条目", en: "filter the help's lines"),
    KeyBinding(
      [.text(":")], .startCommand, .help, zh: "命令行（关闭帮助）", en: "command line (closes help)"),
    KeyBinding([.ctrl("c")], .quit, .help, zh: "退出", en: "quit"),
    KeyBinding([.up, .text("k")], .moveUp, .help, zh: "上滚", en: "scroll up"),
    KeyBinding([.down, .text("j")], .moveDown, .help, zh: "下滚", en: "scroll down"),
    KeyBinding([.pageUp], .pageUp, .help, zh: "上翻一页", en: "page up"),
    KeyBinding([.pageDown, .space], .pageDown, .help, zh: "下翻一页", en: "page down"),
    KeyBinding([.text("g"), .home], .moveToTop, .help, zh: "到顶部", en: "go to top"),
    KeyBinding(
      [.text("G"), .end], .moveToBottom, .help, zh: "到底部（含评估符号说明）",
      en: "go to the end (the status symbols)"),
  ]

  /// The commands `:` understands, for help: each by its name and argument, with its other
  /// names (taken from `Commands.table`, the table `:` runs, so help never drifts).
  public static var commands: [(String, Localized)] {
    Commands.table.map { spec in (spec.label, spec.helpDescription) }
  }

  /// Keys bound to act on the selected item: only for these is the selection looked up.
  static let selectionKeys: Set<Key> = Set(
    bindings.filter { $0.context == .measures || $0.context == .figures }.flatMap(\.keys))

  /// The contexts that apply now, most specific first. `resolvingSelection: false` leaves
  /// out the contexts of the selected item (a measure, a figure), which need it looked up.
  public static func activeContexts(
    in state: DashboardState, data: DashboardData, resolvingSelection: Bool = true
  ) -> [KeyContext] {
    switch state.mode {
    case .help: return [.help]
    case .command: return [.commandLine, .editor]
    case .actual: return [.form, .editor]
    case .filter, .note: return [.editor]
    case .normal: break
    }
    var contexts: [KeyContext] = []
    if resolvingSelection, let selected = Selection.current(in: state, data: data) {
      if data.catalog.measure(selected) != nil { contexts.append(.measures) }
      if data.acceptsActuals(selected) { contexts.append(.figures) }
    }
    if state.stack.isEmpty {
      if state.focus == .measures { contexts.append(.measuresPane) }
      contexts.append(.lists)
    } else {
      contexts.append(.detail)
    }
    contexts.append(.browsing)
    return contexts
  }

  /// The action for a key in the current state, or nil when the key means nothing here.
  /// While typing, printable keys insert themselves.
  public static func action(for key: Key, in state: DashboardState, data: DashboardData) -> Action?
  {
    // Navigation keys (most keys) need no look-up of the selected item.
    let contexts = activeContexts(
      in: state, data: data, resolvingSelection: selectionKeys.contains(key))
    for context in contexts {
      if let binding = bindings.first(where: { $0.context == context && $0.keys.contains(key) }) {
        return binding.action
      }
    }
    if state.mode == .normal {
      // Marking and recording keys where they cannot act: the reducer says why.
      for context in [KeyContext.measures, .figures] where !contexts.contains(context) {
        if let binding = bindings.first(where: { $0.context == context && $0.keys.contains(key) }) {
          return binding.action
        }
      }
    }
    if contexts.contains(.editor) {
      switch key {
      case .text(let text): return .editorInsert(text)
      case .space: return .editorInsert(" ")
      default: return nil
      }
    }
    return nil
  }

  /// The help page: every binding grouped by context, then the commands.
  public static func helpLines(_ language: Language) -> [(
    key: String, description: String, isHeading: Bool
  )] {
    var lines: [(String, String, Bool)] = []
    for context in KeyContext.allCases {
      let group = bindings.filter { $0.context == context }
      if group.isEmpty { continue }
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
    lines.append((Localized(zh: "命令", en: "Commands")(language), "", true))
    for (command, description) in commands {
      lines.append((command, description(language), false))
    }
    return lines
  }
}

/// Everything a key can ask the dashboard to do, and what the runtime tells it. `KeyTable`
/// maps keys to these; `Reducer` turns each into a change of `DashboardState` (and, for
/// marking, into `ProgressChange`s for the runtime to store, whose outcomes come back as
/// `.effectResults`).
public enum Action: Hashable, Sendable {
  /// False for what the runtime reports (a resize, reloaded files, an effect's outcome):
  /// these keep the status line's message, where a key clears it.
  var clearsMessage: Bool {
    switch self {
    case .resize, .reloadPlans, .reloadThemes, .effectResults: false
    default: true
    }
  }

  // The app.
  case quit
  case showHelp
  case closeHelp
  case cycleTheme
  case toggleLanguage
  // Focus and movement.
  case focusNext
  case focusPrevious
  case focusPane(PaneID)
  case moveUp
  case moveDown
  case pageUp
  case pageDown
  case moveToTop
  case moveToBottom
  case cycleSort
  // Drill-down.
  case open
  case back
  // The Measures outline (`OutlineFolding`).
  /// Enter: a heading opens or closes; a measure opens its page.
  case toggleHeading
  /// Right: a closed heading opens; an open one, or a measure, opens its page.
  case openHeading
  /// Left: an open heading closes; otherwise the cursor goes to the heading above.
  case closeHeading
  /// `z`: every heading closes, or when all are closed every heading opens.
  case toggleAllHeadings
  // Assessment views.
  case openTargets
  case openUnits
  case openComparison
  // Marking and recording.
  case toggleDone
  case cycleStatus
  case toggleMark
  case editNote
  case recordActual
  /// `d` on a year's actual on a figure's page: asks once, deletes on the second press.
  case deleteActual
  case undo
  case redo
  // Filters and commands.
  case startFilter
  case toggleAllRegions
  case startCommand
  case runCommand(String)
  // Line editing (filter, command line, note, actual form).
  case editorInsert(String)
  case editorBackspace
  case editorDelete
  case editorLeft
  case editorRight
  case editorHome
  case editorEnd
  case editorSubmit
  case editorCancel
  case historyPrevious
  case historyNext
  case nextField
  case previousField
  // From the terminal.
  case resize(width: Int, height: Int)
  // From the runtime: the plan files were loaded again.
  case reloadPlans(PlanReload)
  /// From the runtime: the theme files were read again (their names, in `t` order).
  case reloadThemes([String])
  /// From the runtime: what came of the effects of one action (store writes, undo, reads),
  /// in the order they ran.
  case effectResults([EffectResult])
  /// From the runtime: what became of the `:export` just asked for.
  case reportExported(ReportExportOutcome)
}

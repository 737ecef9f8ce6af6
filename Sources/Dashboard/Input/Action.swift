/// Everything a key can ask the dashboard to do. `KeyTable` maps keys to these; `Reducer`
/// turns each into a change of `DashboardState` (and, for marking, into `ProgressChange`s).
public enum Action: Hashable, Sendable {
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
  /// From the runtime: what became of the `:export` just asked for.
  case reportExported(ReportExportOutcome)
}

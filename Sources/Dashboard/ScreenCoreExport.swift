/// The screen core (cell buffer, cells, styles, keys, input events, display width and the
/// `TerminalApp` protocol) is part of the dashboard's public vocabulary: its views draw
/// into `CellBuffer`, its key table reads `Key`, its engine is a `TerminalApp`. Re-exported
/// here, once, so that every dashboard file and every module importing `Dashboard` sees it.
@_exported import ScreenCore

@preconcurrency import CNCursesW

/// The type curses uses for a window pointer, as Swift imports it.
typealias WindowPointer = UnsafeMutablePointer<WINDOW>

/// One thing `get_wch` returned: a character, or a curses key code (`KEY_UP`, `KEY_RESIZE`…).
enum RawInput: Hashable, Sendable {
  case character(UInt32)
  case keyCode(Int32)
}

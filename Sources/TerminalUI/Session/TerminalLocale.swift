@preconcurrency import CNCursesW
import ScreenCore

/// Makes the C library's character functions speak UTF-8, which ncursesw and glibc's
/// `wcwidth` need to draw and measure Chinese. Images often carry only `C.UTF-8`, so a
/// `LANG` naming an uninstalled locale (or none) leaves the codeset ASCII: then every CJK
/// character measures -1 and draws blank. Call before any width is measured.
public enum TerminalLocale {
  /// Adopts the environment's locale, then falls back to a UTF-8 `LC_CTYPE` if that is not
  /// UTF-8. Returns the codeset in force afterwards.
  @discardableResult
  /// (The fix-up itself is the screen core's `DisplayWidth.ensureUTF8Locale`, so the buffer's
  /// measurements and the terminal's agree on one locale.)
  public static func ensureUTF8() -> String {
    DisplayWidth.ensureUTF8Locale()
    return codeset()
  }

  /// The codeset of the current `LC_CTYPE` (e.g. `UTF-8`, `ANSI_X3.4-1968`).
  public static func codeset() -> String {
    guard let raw = nl_langinfo(nl_item(CODESET)) else { return "" }
    return String(cString: raw)
  }

  static func isUTF8(_ codeset: String) -> Bool {
    let folded = codeset.lowercased().filter { $0 != "-" && $0 != "_" }
    return folded == "utf8"
  }
}

import ArgumentParser
import Dashboard

/// `--theme`, `--ascii`, `--cjk-wide`, `--lang`: how the dashboard looks, shared by the
/// dashboard and `render`.
struct DisplayOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "The colour theme (default: $PLANDASH_THEME, else the last one used).", valueName: "name"))
  var theme: String?

  @Flag(
    inversion: .prefixedNo,
    help:
      "Draw borders and bars in plain ASCII (the dashboard remembers it; --no-ascii turns it off).")
  var ascii: Bool?

  @Flag(
    name: .customLong("cjk-wide"), inversion: .prefixedNo,
    help:
      "For terminals that draw East Asian ambiguous-width characters wide: no such character on screen."
  )
  var cjkWide: Bool?

  @OptionGroup var languageOptions: LanguageOptions

  func flags() throws -> DisplaySettings.Flags {
    DisplaySettings.Flags(
      theme: theme, ascii: ascii, cjkWide: cjkWide, language: try languageOptions.chosen())
  }
}

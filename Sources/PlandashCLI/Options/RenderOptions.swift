import ArgumentParser

/// `--width`, `--height` and `--keys` of the headless views (`render`, `demo render`).
struct RenderOptions: ParsableArguments {
  @Option(help: "Screen width in columns (1–1000).")
  var width: Int = 80

  @Option(help: "Screen height in rows (1–1000).")
  var height: Int = 24

  @Option(
    help: ArgumentHelp(
      "Space-separated keys as tmux send-keys names them (Enter Escape Tab BTab Up Down PPage NPage Space C-r …); other words are typed as text.",
      valueName: "keys"))
  var keys: String = ""

  /// Refuses a size out of range, in the user's language (checked when the command runs,
  /// not while parsing, where swift-argument-parser would print it in English).
  func checkSize() throws {
    guard (1...1000).contains(width), (1...1000).contains(height) else {
      throw CLIError(CLIText.badScreenSize, exitCode: 2)
    }
  }
}

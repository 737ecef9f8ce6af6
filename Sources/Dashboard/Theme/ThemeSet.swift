/// The themes the dashboard can switch between (`t`, `:theme`), in order, with the warnings
/// their files raised. The outer layer reads the files and passes their text in.
public struct ThemeSet: Sendable {
  public private(set) var themes: [Theme]
  public private(set) var warnings: [ThemeParser.Warning]

  /// Parses each `(file name, text)`; the theme's name is its `name =` line, else the file
  /// name without `.theme`. Always holds at least the built-in default.
  public init(files: [(file: String, text: String)]) {
    var themes: [Theme] = []
    var warnings: [ThemeParser.Warning] = []
    for (file, text) in files {
      let base = String(file.split(separator: "/").last ?? Substring(file))
      let stem = base.hasSuffix(".theme") ? String(base.dropLast(6)) : base
      let (theme, problems) = ThemeParser.parse(text, file: file, defaultName: stem)
      warnings += problems
      if let i = themes.firstIndex(where: { $0.name == theme.name }) {
        themes[i] = theme
      } else {
        themes.append(theme)
      }
    }
    if themes.isEmpty { themes = [Theme.builtIn] }
    self.themes = themes
    self.warnings = warnings
  }

  public init(themes: [Theme]) {
    self.themes = themes.isEmpty ? [Theme.builtIn] : themes
    self.warnings = []
  }

  public var names: [String] { themes.map(\.name) }

  /// The named theme, or the first one.
  public func theme(named name: String) -> Theme {
    themes.first { $0.name == name } ?? themes[0]
  }
}

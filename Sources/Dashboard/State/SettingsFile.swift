/// The text of `$XDG_CONFIG_HOME/plandash/settings`: theme, language, borders and the last
/// view, remembered between runs. Same shape as a theme file — `key = value` lines, `#`
/// comments. The CLI reads and writes the file; this type only turns text into settings and
/// back. Unknown keys or bad values get a warning naming the file and line and are ignored.
///
///     theme = okabe-ito
///     lang = zh
///     ascii = false
///     cjk_wide = false
///     region = hechuan
///     pane = measures
public struct SettingsFile: Hashable, Sendable {
  public var theme: String?
  public var language: Language?
  public var ascii: Bool?
  public var cjkWide: Bool?
  public var regionID: String?
  public var pane: PaneID?

  public init(
    theme: String? = nil, language: Language? = nil, ascii: Bool? = nil, cjkWide: Bool? = nil,
    regionID: String? = nil, pane: PaneID? = nil
  ) {
    self.theme = theme
    self.language = language
    self.ascii = ascii
    self.cjkWide = cjkWide
    self.regionID = regionID
    self.pane = pane
  }

  /// What the dashboard should remember from its state on exit.
  public init(remembering options: DashboardOptions) {
    self.init(
      theme: options.themeName, language: options.language, ascii: options.ascii,
      cjkWide: options.cjkWide, regionID: options.regionID, pane: options.focus)
  }

  /// Fills the options with every setting the file has (call before applying command-line
  /// flags and environment variables, which win).
  public func apply(to options: inout DashboardOptions) {
    if let theme { options.themeName = theme }
    if let language { options.language = language }
    if let ascii { options.ascii = ascii }
    if let cjkWide { options.cjkWide = cjkWide }
    if let regionID { options.regionID = regionID }
    if let pane { options.focus = pane }
  }

  public static func parse(_ text: String, file: String) -> (
    settings: SettingsFile, warnings: [ThemeParser.Warning]
  ) {
    var settings = SettingsFile()
    var warnings: [ThemeParser.Warning] = []
    for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      func warn(_ message: String) {
        warnings.append(ThemeParser.Warning(file: file, line: index + 1, message: message))
      }
      var line = Substring(raw)
      if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
      let trimmed = String(line).trimmingSpaces
      if trimmed.isEmpty { continue }
      guard let eq = trimmed.firstIndex(of: "=") else {
        warn("expected `key = value`, found `\(trimmed)`")
        continue
      }
      let key = String(trimmed[..<eq]).trimmingSpaces.lowercased()
      let value = String(trimmed[trimmed.index(after: eq)...]).trimmingSpaces
      switch key {
      case "theme":
        if value.isEmpty { warn("empty theme name") } else { settings.theme = value }
      case "lang", "language":
        if let language = Language(rawValue: value.lowercased()) {
          settings.language = language
        } else {
          warn("lang must be zh or en, found `\(value)`")
        }
      case "ascii", "cjk_wide":
        guard let flag = Bool(value.lowercased()) else {
          warn("\(key) must be true or false, found `\(value)`")
          continue
        }
        if key == "ascii" { settings.ascii = flag } else { settings.cjkWide = flag }
      case "region":
        settings.regionID = value.isEmpty ? nil : value
      case "pane":
        if let pane = PaneID(name: value) {
          settings.pane = pane
        } else {
          let names = PaneID.allCases.map(\.name).joined(separator: ", ")
          warn("pane must be one of \(names), found `\(value)`")
        }
      default:
        warn("unknown key `\(key)` (known: theme, lang, ascii, cjk_wide, region, pane)")
      }
    }
    return (settings, warnings)
  }

  /// The file's text, every setting known written out.
  public var text: String {
    var lines = ["# plandash settings, written when the dashboard closes"]
    if let theme { lines.append("theme = \(theme)") }
    if let language { lines.append("lang = \(language.rawValue)") }
    if let ascii { lines.append("ascii = \(ascii)") }
    if let cjkWide { lines.append("cjk_wide = \(cjkWide)") }
    if let regionID { lines.append("region = \(regionID)") }
    if let pane { lines.append("pane = \(pane.name)") }
    return lines.joined(separator: "\n") + "\n"
  }
}

extension PaneID {
  /// The pane's name in settings files: `regions`, `clusters`, `ladders`, `land-energy`,
  /// `measures`.
  public var name: String {
    switch self {
    case .regions: "regions"
    case .clusters: "clusters"
    case .ladders: "ladders"
    case .landEnergy: "land-energy"
    case .measures: "measures"
    }
  }

  /// A pane by its name or number.
  public init?(name: String) {
    let lower = name.lowercased()
    if let n = Int(lower), let pane = PaneID(rawValue: n) {
      self = pane
      return
    }
    guard let pane = PaneID.allCases.first(where: { $0.name == lower }) else { return nil }
    self = pane
  }
}

/// A named set of colours for every style role. Missing roles take the built-in default's.
public struct Theme: Hashable, Sendable {
  public var name: String
  public var roles: [StyleRole: RoleColors]

  public init(name: String, roles: [StyleRole: RoleColors]) {
    self.name = name
    self.roles = roles
  }

  /// The colours of a role, falling back to the built-in default theme.
  public func colors(_ role: StyleRole) -> RoleColors {
    roles[role] ?? Theme.builtIn.roles[role] ?? RoleColors()
  }

  /// Every role filled in.
  public var complete: [StyleRole: RoleColors] {
    Dictionary(uniqueKeysWithValues: StyleRole.allCases.map { ($0, colors($0)) })
  }

  /// The theme used when no file is found, and for anything a file leaves out or gets wrong:
  /// the same colours as `Themes/default-dark.theme`.
  public static let builtIn = Theme(
    name: "default-dark",
    roles: [
      .normal: RoleColors(),
      .muted: RoleColors(foreground: .indexed(245)),
      .title: RoleColors(foreground: .rgb(0x87, 0xaf, 0xff), bold: true),
      .header: RoleColors(foreground: .rgb(0xd7, 0xaf, 0x5f), bold: true),
      .border: RoleColors(foreground: .indexed(240)),
      .borderFocused: RoleColors(foreground: .rgb(0x5f, 0xd7, 0xff), bold: true),
      .selection: RoleColors(
        foreground: .rgb(0x00, 0x00, 0x00), background: .rgb(0x5f, 0xaf, 0xd7)),
      .selectionUnfocused: RoleColors(background: .indexed(237)),
      .marked: RoleColors(foreground: .rgb(0xff, 0xaf, 0x00), bold: true),
      .done: RoleColors(foreground: .rgb(0x5f, 0xd7, 0x5f)),
      .inProgress: RoleColors(foreground: .rgb(0x5f, 0xaf, 0xff)),
      .blocked: RoleColors(foreground: .rgb(0xff, 0x5f, 0x5f), bold: true),
      .todo: RoleColors(foreground: .indexed(250)),
      .behind: RoleColors(foreground: .rgb(0xff, 0xaf, 0x5f)),
      .reportDue: RoleColors(foreground: .rgb(0x5f, 0x87, 0xff), bold: true),
      .reportBehind: RoleColors(foreground: .rgb(0xff, 0xd7, 0x00), bold: true),
      .reportOverdue: RoleColors(foreground: .rgb(0xff, 0x5f, 0x5f), bold: true),
      .barFilled: RoleColors(foreground: .rgb(0x5f, 0xd7, 0x87)),
      .barEmpty: RoleColors(foreground: .indexed(238)),
      .statusLine: RoleColors(foreground: .indexed(252), background: .indexed(236)),
      .error: RoleColors(
        foreground: .rgb(0xff, 0xff, 0xff), background: .rgb(0xaf, 0x00, 0x00), bold: true),
      .warning: RoleColors(foreground: .rgb(0xff, 0xd7, 0x00)),
    ])

  /// No colour at all (for `NO_COLOR`): attributes only, status still by symbol and word.
  public static let noColor = Theme(
    name: "no-color",
    roles: Dictionary(
      uniqueKeysWithValues: StyleRole.allCases.map { role in
        let attrs: RoleColors
        switch role {
        case .selection, .statusLine: attrs = RoleColors(reverse: true)
        case .title, .header, .borderFocused, .blocked, .error, .marked, .reportOverdue:
          attrs = RoleColors(bold: true)
        case .reportDue, .reportBehind: attrs = RoleColors(underline: true)
        case .selectionUnfocused: attrs = RoleColors(underline: true)
        default: attrs = RoleColors()
        }
        return (role, attrs)
      }))
}

@preconcurrency import CNCursesW
import ScreenCore

/// Curses attributes and colour pairs for each cell style, built from the app's role
/// colours for the terminal's colour mode. Pairs are shared between roles with the same
/// foreground and background; the table is rebuilt when the theme changes.
@MainActor
final class StyleTable {
  struct Look: Equatable {
    var attributes: attr_t
    var pair: Int16
  }

  let mode: ColorMode
  private(set) var roleColors: [StyleRole: RoleColors] = [:]
  private var roleLooks: [StyleRole: Look] = [:]
  private var pairs: [PairKey: Int16] = [:]
  private var cache: [CellStyle: Look] = [:]

  private struct PairKey: Hashable {
    var foreground: Int32
    var background: Int32
  }

  init(mode: ColorMode) {
    self.mode = mode
  }

  /// Adopts new role colours; returns true when they differ from the ones in use (then the
  /// whole screen must be repainted).
  func update(_ colors: [StyleRole: RoleColors]) -> Bool {
    guard colors != roleColors else { return false }
    roleColors = colors
    roleLooks = [:]
    pairs = [:]
    cache = [:]
    return true
  }

  func look(for style: CellStyle) -> Look {
    if let known = cache[style] { return known }
    var look = roleLook(style.role)
    if style.bold { look.attributes |= plandash_a_bold() }
    if style.reverse { look.attributes |= plandash_a_reverse() }
    if style.underline { look.attributes |= plandash_a_underline() }
    if style.dim { look.attributes |= plandash_a_dim() }
    cache[style] = look
    return look
  }

  private func roleLook(_ role: StyleRole) -> Look {
    if let known = roleLooks[role] { return known }
    let colors = roleColors[role] ?? roleColors[.normal] ?? RoleColors()
    var attributes = plandash_a_normal()
    if colors.bold { attributes |= plandash_a_bold() }
    if colors.reverse { attributes |= plandash_a_reverse() }
    if colors.underline { attributes |= plandash_a_underline() }
    var pair: Int16 = 0
    if mode == .none {
      // Without colour a coloured background (selection, status line) would vanish: show
      // it as reverse video instead.
      if colors.background != .terminalDefault, !colors.reverse {
        attributes |= plandash_a_reverse()
      }
    } else {
      let foreground = PaletteMatcher.colorNumber(colors.foreground, mode: mode) ?? -1
      let background = PaletteMatcher.colorNumber(colors.background, mode: mode) ?? -1
      pair = pairNumber(PairKey(foreground: foreground, background: background))
    }
    let look = Look(attributes: attributes, pair: pair)
    roleLooks[role] = look
    return look
  }

  private func pairNumber(_ key: PairKey) -> Int16 {
    if key.foreground == -1, key.background == -1 { return 0 }
    if let known = pairs[key] { return known }
    let next = pairs.count + 1
    guard next < min(Int(plandash_color_pairs()), Int(Int16.max)) else { return 0 }
    let number = Int16(next)
    if mode == .direct {
      _ = init_extended_pair(Int32(number), key.foreground, key.background)
    } else {
      _ = init_pair(number, Int16(key.foreground), Int16(key.background))
    }
    pairs[key] = number
    return number
  }
}

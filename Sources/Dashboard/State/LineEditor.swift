/// A one-line text editor for the filter, the command line, notes and form fields. It takes
/// whole strings at once (an input method commits several characters in one event) and
/// moves its cursor by grapheme, showing it at the right display column.
public struct LineEditor: Hashable, Sendable {
  public private(set) var characters: [Character]
  /// The cursor, as an index into `characters` (0 … count).
  public private(set) var cursor: Int
  /// True while the text is a pre-filled default nobody has touched: typing replaces it
  /// and Backspace clears it (as a selected default does in any form); moving the cursor
  /// keeps it for editing.
  public private(set) var isDefault: Bool

  public init(_ text: String = "", isDefault: Bool = false) {
    characters = Array(text)
    cursor = characters.count
    self.isDefault = isDefault && !text.isEmpty
  }

  /// Forgets the default: after this the text is the user's to edit.
  private mutating func takeOver(clearing: Bool) {
    guard isDefault else { return }
    isDefault = false
    if clearing {
      characters = []
      cursor = 0
    }
  }

  public var text: String { String(characters) }

  public mutating func insert(_ text: String) {
    takeOver(clearing: true)
    let new = Array(text.filter { !$0.isNewline })
    characters.insert(contentsOf: new, at: cursor)
    cursor += new.count
  }

  public mutating func backspace() {
    if isDefault {
      takeOver(clearing: true)
      return
    }
    guard cursor > 0 else { return }
    characters.remove(at: cursor - 1)
    cursor -= 1
  }

  public mutating func deleteForward() {
    if isDefault {
      takeOver(clearing: true)
      return
    }
    guard cursor < characters.count else { return }
    characters.remove(at: cursor)
  }

  public mutating func moveLeft() {
    takeOver(clearing: false)
    cursor = max(0, cursor - 1)
  }
  public mutating func moveRight() {
    takeOver(clearing: false)
    cursor = min(characters.count, cursor + 1)
  }
  public mutating func moveHome() {
    takeOver(clearing: false)
    cursor = 0
  }
  public mutating func moveEnd() {
    takeOver(clearing: false)
    cursor = characters.count
  }

  public mutating func setText(_ text: String) {
    isDefault = false
    characters = Array(text)
    cursor = characters.count
  }

  /// The display column of the cursor from the start of the text.
  public func cursorColumn(cjkWide: Bool = false) -> Int {
    TextSanitizer.glyphs(String(characters[..<cursor]), cjkWide: cjkWide).displayWidth
  }

  /// What to show in `width` columns so the cursor stays visible: the glyphs from the first
  /// shown one, and the cursor's column within them.
  public func window(width: Int, cjkWide: Bool = false) -> (glyphs: [Glyph], cursorColumn: Int) {
    guard width > 0 else { return ([], 0) }
    let before = TextSanitizer.glyphs(String(characters[..<cursor]), cjkWide: cjkWide)
    let after = TextSanitizer.glyphs(String(characters[cursor...]), cjkWide: cjkWide)
    var shown = before
    // Drop from the left until the cursor (and one cell for it) fits.
    while shown.displayWidth > width - 1, !shown.isEmpty { shown.removeFirst() }
    let column = shown.displayWidth
    let rest = TextLayout.take(after, width: width - column)
    return (shown + rest, column)
  }
}

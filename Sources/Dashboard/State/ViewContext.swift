/// What a view needs to draw: the state, the data, and the drawing characters and language.
struct ViewContext {
  var state: DashboardState
  var data: DashboardData
  var glyphs: GlyphSet { state.glyphs }
  var language: Language { state.language }
  var open: String { glyphs.openField }
}

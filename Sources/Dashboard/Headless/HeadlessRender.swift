import PlanModel

/// `plandash render`: replays a key script against the same engine and reducer the terminal
/// uses and returns the screen as plain text, one string per row (trailing spaces trimmed).
/// Changes the keys make live only in memory: the given snapshot is copied into an
/// `InMemoryProgressBackend` and nothing is ever written back.
public enum HeadlessRender {
  /// `history` answers an item's history recorded before (newest first), e.g. read from
  /// the store the snapshot came from; the keys' own changes are added to it in memory.
  public static func render(
    catalog: Catalog, snapshot: ProgressSnapshot, options: DashboardOptions, themes: ThemeSet,
    width: Int, height: Int, keys: String,
    history: @escaping (String) throws -> [ProgressHistoryEntry] = { _ in [] }
  ) -> [String] {
    let backend = InMemoryProgressBackend(snapshot: snapshot, earlierHistory: history)
    let engine = DashboardEngine(
      catalog: catalog, backend: backend, options: options, themes: themes)
    return render(engine: engine, width: width, height: height, keys: KeyScript.parse(keys))
  }

  /// Drives an engine: size, then each key, then draws.
  public static func render(engine: DashboardEngine, width: Int, height: Int, keys: [Key])
    -> [String]
  {
    engine.handle(.resize(width: width, height: height))
    for key in keys {
      if !engine.handle(.key(key)) { break }
    }
    var buffer = CellBuffer(width: width, height: height)
    engine.draw(into: &buffer)
    return buffer.lines.map { line in
      var trimmed = Substring(line)
      while trimmed.last == " " { trimmed = trimmed.dropLast() }
      return String(trimmed)
    }
  }
}

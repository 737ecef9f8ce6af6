import PlanModel

/// A count before the class it counts, the class named by a size (`形成3条营业收入超100亿元的
/// 特色产业链`, `培育5个产值超50亿元的产业集群`): the count is the goal, the size the class's
/// threshold (`ProjectOwnFigures.isClassThreshold`) — not a figure the count describes, as the
/// `3—5亿元` of `3—5亿元项目8个` is. Enterprises counted so stay as they were read (a tier's
/// definition: `重点培育10家营业收入超50亿元的领军企业`).
enum CountedClasses {
  /// Whether the figure is a count whose next figure in the clause is the threshold of the
  /// class it counts.
  static func countsClass(_ figure: FigureReading, in clause: Substring) -> Bool {
    guard let unit = figure.unit, KnownUnits.counts.contains(unit),
      let next = NumberUnitParser.figures(in: clause).first(where: {
        $0.range.lowerBound >= figure.range.upperBound
      })
    else { return false }
    guard ProjectOwnFigures.isClassThreshold(next, in: clause) else { return false }
    // `重点培育10家营业收入超50亿元的领军企业、100家…`: enterprises counted by tier name a
    // ladder's definition, not goals of their own; only what the plan builds is counted so.
    let noun = clause[next.range.upperBound...].drop { $0 != "的" }.dropFirst()
      .prefix(while: PlanTextCharacters.isHan)
    return builtNouns.contains(where: noun.hasSuffix)
  }

  /// What a plan builds and counts by size (`产业链`, `产业集群`, `园区`, `基地`).
  static let builtNouns = ["产业链", "集群", "园区", "基地"]
}

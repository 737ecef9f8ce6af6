/// A ladder the text states more than once — in the notice's title, the plan's title and again
/// in its body (`推进“个转企、小升规、规改股、股上市”梯次培育工作方案`) — is one ladder: of the chains
/// with the same steps, the first under a heading of the plan stands (a title stands under
/// none), else the first. A ladder restated under fuller names is one too (`RestatedChains`).
enum RepeatedLadders {
  static func once(_ chains: [TextReading.Chain]) -> [TextReading.Chain] {
    var kept: [TextReading.Chain] = []
    for chain in chains {
      let steps = chain.steps.map(PlanTextCharacters.unquoted)
      // The same ladder a task quotes and the goals count, more fully named (`RestatedChains`).
      if let index = kept.firstIndex(where: { RestatedChains.restate($0.steps, chain.steps) }) {
        kept[index] = RestatedChains.fuller(kept[index], chain)
        continue
      }
      guard
        let index = kept.firstIndex(where: { $0.steps.map(PlanTextCharacters.unquoted) == steps })
      else {
        kept.append(chain)
        continue
      }
      if kept[index].key == nil, chain.key != nil { kept[index] = chain }
    }
    return kept
  }
}

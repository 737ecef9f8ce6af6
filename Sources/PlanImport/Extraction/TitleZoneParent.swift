/// The city or county a zone lies under when only the zone's name heads the plan (`X高新区…
/// 行动计划`, issued by `X国家高新技术产业开发区管理委员会`): the one its text names most, named at
/// least twice (`服务X市建设…`, `为X市…`) — a name met once may be a verb's end before `市委`
/// (`根据市委…`) or a goal's title (`工业强市`), no place.
enum TitleZoneParent {
  static let fewestMentions = 2

  static func parent(in text: String) -> String? {
    ZoneNames.parentCounts(in: text)
      .filter { name, count in
        count >= fewestMentions && !RegionGuess.strengthWords.contains(where: name.hasSuffix)
      }
      .max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }?.key
  }
}

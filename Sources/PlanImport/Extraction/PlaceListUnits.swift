/// One unit for the places of several levels a list names before their shared organ
/// (`各区、县(市)人民政府`, `各镇、街道党委`, `各乡、镇人民政府`): the `、` parts the levels, not
/// two units — `各区` alone is no unit, and the organ after the next level (`县(市)人民政府`)
/// is the organ of both. Read only where a bare `各` and one level stand right before a name
/// of a level without `各` (its own brackets allowed) and an organ's ending.
enum PlaceListUnits {
  /// The levels a list of places names.
  static let levels = ["市", "县", "区", "旗", "镇", "乡", "街道", "州", "盟"]
  /// How the shared organ's name ends.
  static let organEnds = ["党委和政府", "人民政府", "党工委", "管委会", "办事处", "党委", "政府"]

  /// The names with each such pair made one (`各区`, `县(市)人民政府` → `各区、县(市)人民政府`).
  static func joined(_ names: [String]) -> [String] {
    var joined: [String] = []
    var index = 0
    while index < names.count {
      if index + 1 < names.count, isBareLevel(names[index]), isLevelsOrgan(names[index + 1]) {
        joined.append(names[index] + "、" + names[index + 1])
        index += 2
      } else {
        joined.append(names[index])
        index += 1
      }
    }
    return joined
  }

  /// `各区`, `各县`, `各街道`: `各` and a level with nothing else.
  static func isBareLevel(_ name: String) -> Bool {
    name.hasPrefix("各") && levels.contains(String(name.dropFirst()))
  }

  /// `县(市)人民政府`, `镇党委`: a level (its brackets allowed) and an organ, no `各` and no
  /// place's own name before them.
  static func isLevelsOrgan(_ name: String) -> Bool {
    guard let organ = organEnds.first(where: name.hasSuffix) else { return false }
    let place = name.dropLast(organ.count)
    guard let level = levels.first(where: place.hasPrefix) else { return false }
    let rest = place.dropFirst(level.count)
    guard let open = rest.first else { return true }
    return UnitNotes.unitOpenings.contains(open)
      && rest.last.map(UnitNotes.unitClosings.contains)
        == true
  }
}

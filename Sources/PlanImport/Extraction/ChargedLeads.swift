/// A unit charged with a measure before the units that work with it, in a note written as a
/// clause: `(A负责,B、C配合)`, `(A主责;B参与)`, `A牵头负责,B协同` — the unit charged first leads
/// (as `A牵头` does) and the others are responsible. Units charged together stay responsible
/// (`A、B按职责分工负责,C配合`, `A、B共同负责`), and so does a collective of places' units
/// (`各县(市、区)人民政府负责,市工信局配合`: every county's government, no one unit to lead).
enum ChargedLeads {
  /// Verbs that charge one unit on its own, longest first.
  static let chargingVerbs = ["负责落实", "负责实施", "具体负责", "主要负责", "负责"]
  /// Verbs that charge units together or by their duties: no lead.
  static let sharingVerbs = [
    "按职责分工负责", "按照职责分工负责", "按职责负责", "按照各自职责负责", "分工负责", "共同负责",
  ]

  /// True when the first part of a note (`A负责`) names the lead of the units a partner's part
  /// names after it.
  static func leads(_ part: Substring) -> Bool {
    guard !sharingVerbs.contains(where: part.hasSuffix),
      let verb = chargingVerbs.first(where: part.hasSuffix)
    else { return false }
    let names = UnitNotes.splitUnits(part.dropLast(verb.count))
    return !names.isEmpty && !names.contains(where: isCollective)
  }

  /// `各县(市、区)人民政府`, `各乡镇(街道)`, `各有关部门`: every unit of a kind, none by name.
  static func isCollective(_ name: String) -> Bool {
    name.hasPrefix("各") || name.hasPrefix("有关") || name.hasPrefix("相关")
  }

  /// Where a note's first part ends: its first `,` or `;` of either width.
  static func firstStop(in body: Substring) -> String.Index? {
    body.firstIndex { ",\u{FF0C};\u{FF1B}".contains($0) }
  }
}

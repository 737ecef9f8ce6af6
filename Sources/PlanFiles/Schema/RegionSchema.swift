import PlanModel
import Yams

/// `region:` — the region a plan file is for.
enum RegionSchema {
  static let layout =
    "Region: id str, name str, level enum, province str?, parent str?, parent_id str?"

  static func read(_ node: Node, sink: ProblemSink) -> Region? {
    guard var f = Fields(node, what: FileText.Part.region, sink: sink) else { return nil }
    let (id, name) = f.idAndName()
    let level: RegionLevel? = f.choice(
      "level", oneOf: Localized(zh: "省 市 县 区", en: "one of 省 市 县 区"))
    let province = f.string("province")
    let parent = f.string("parent")
    let parentID = f.string("parent_id")
    f.rejectUnknownKeys()
    guard let id, let name, let level else { return nil }
    return Region(
      id: id, name: name, level: level, province: province, parent: parent, parentID: parentID)
  }

  static func write(_ region: Region) -> Node {
    var m = MappingBuilder()
    m.add("id", region.id)
    m.add("name", region.name)
    m.add("level", region.level.rawValue)
    m.add("province", region.province)
    m.add("parent", region.parent)
    m.add("parent_id", region.parentID)
    return m.node
  }

  static func encode(_ region: Region, _ w: inout BinaryWriter) {
    w.string(region.id)
    w.string(region.name)
    w.string(region.level.rawValue)
    w.optionalString(region.province)
    w.optionalString(region.parent)
    w.optionalString(region.parentID)
  }

  static func decode(_ r: inout BinaryReader) throws -> Region {
    Region(
      id: try r.string(), name: try r.string(), level: try r.rawEnum(),
      province: try r.optionalString(), parent: try r.optionalString(),
      parentID: try r.optionalString())
  }
}

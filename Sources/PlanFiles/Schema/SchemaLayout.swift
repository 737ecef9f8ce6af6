/// The cache version, derived from the plan schema: every schema type states its fields and
/// binary layout in a `layout` string, and the cache header stores a checksum of them all.
/// A changed layout therefore changes the header, and an older cache is never read.
enum SchemaLayout {
  /// Every plan type's layout, in the order the plan blob holds them.
  static let all: [String] = [
    PlanSchema.layout, RegionSchema.layout, DocumentSchema.layout, SourceSchema.layout,
    FigureSchema.layout, GoalSchema.layout, TargetSchema.layout, ClusterSchema.layout,
    LadderSchema.layout, IndicatorSchema.layout, MeasureSchema.layout, OutlineSchema.layout,
  ]

  /// A checksum over `layouts` (by default the schema's own).
  static func checksum(of layouts: [String] = all) -> UInt64 {
    ContentHash(of: Array(layouts.joined(separator: "\n").utf8)).high
  }

  /// The 8 little-endian bytes of the checksum, as the cache header stores them.
  static func versionBytes(of layouts: [String] = all) -> [UInt8] {
    var w = BinaryWriter(capacity: 8)
    w.fixed64(checksum(of: layouts))
    return w.bytes
  }
}

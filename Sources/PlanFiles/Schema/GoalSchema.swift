import PlanModel
import Yams

/// The quantitative keys shared by targets and indicators, in the item's own mapping.
enum GoalSchema {
  static let layout = """
    Goal: kind enum, direction enum, unit str?, baseline Figure?, target Figure?, \
    base_year int?, qualifiers [str], per_year bool, comparator str?
    """

  static func read(_ f: inout Fields) -> Goal? {
    let kinds = GoalKind.allCases.map(\.rawValue).joined(separator: " ")
    let kind: GoalKind? = f.choice("kind", oneOf: Localized(zh: kinds, en: "one of " + kinds))
    let direction: Direction? = f.choice(
      "direction", oneOf: Localized(zh: "up、down 或 keep", en: "up, down or keep"))
    let unit = f.string("unit")
    let (baseline, target) = FigureSchema.readBaselineAndTarget(&f)
    let baseYear = f.int("base_year")
    let qualifiers = f.strings("qualifiers")
    let perYear = f.bool("per_year") ?? false
    let comparator = f.string("comparator")
    guard let kind, let direction else { return nil }
    return Goal(
      kind: kind, direction: direction, unit: unit, baseline: baseline, target: target,
      baseYear: baseYear, qualifiers: qualifiers, perYear: perYear, comparator: comparator)
  }

  static func write(_ goal: Goal, into m: inout MappingBuilder) {
    m.add("kind", goal.kind.rawValue)
    m.add("direction", goal.direction.rawValue)
    m.add("unit", goal.unit)
    FigureSchema.writeBaselineAndTarget(goal.baseline, goal.target, into: &m)
    m.add("base_year", int: goal.baseYear)
    m.addStrings("qualifiers", goal.qualifiers)
    if goal.perYear { m.add("per_year", bool: true) }
    m.add("comparator", goal.comparator)
  }

  static func encode(_ goal: Goal, _ w: inout BinaryWriter) {
    w.string(goal.kind.rawValue)
    w.string(goal.direction.rawValue)
    w.optionalString(goal.unit)
    FigureSchema.encode(goal.baseline, &w)
    FigureSchema.encode(goal.target, &w)
    w.optionalInt(goal.baseYear)
    w.strings(goal.qualifiers)
    w.bool(goal.perYear)
    w.optionalString(goal.comparator)
  }

  static func decode(_ r: inout BinaryReader) throws -> Goal {
    Goal(
      kind: try r.rawEnum(), direction: try r.rawEnum(), unit: try r.optionalString(),
      baseline: try FigureSchema.decodeOptional(&r), target: try FigureSchema.decodeOptional(&r),
      baseYear: try r.optionalInt(), qualifiers: try r.strings(), perYear: try r.bool(),
      comparator: try r.optionalString())
  }
}

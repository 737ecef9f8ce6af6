/// The words of every plan rule's violation, in Chinese and English: the one catalogue the
/// checkers take their messages from (`plandash validate` prints them in the user's language).
public enum RuleText {
  static func badRegionID(_ id: String) -> Localized {
    Localized(
      zh: "地区编号“\(id)”只能由小写英文字母、数字和“-”组成",
      en: "region id '\(id)' must be lower-case ASCII letters, digits and '-'")
  }

  static func horizonBackwards(_ start: Int, _ end: Int) -> Localized {
    Localized(
      zh: "规划期起始年（\(start)）晚于结束年（\(end)）",
      en: "horizon starts (\(start)) after it ends (\(end))")
  }

  static let ladderWithoutTiers = Localized(
    zh: "梯度培育至少要有一个档次", en: "a ladder needs at least one tier")

  static let measureWithoutPosition = Localized(
    zh: "没有条目编号的措施须写明位置（position）",
    en: "a measure with no section number needs a position")

  static func badID(_ id: String) -> Localized {
    Localized(
      zh: "编号“\(id)”须由“.”分隔的几段组成，每段只含小写英文字母、数字和“-”",
      en: "id '\(id)' must be dot-separated parts of lower-case ASCII letters, digits and '-'")
  }

  static func idOutsideRegion(_ id: String, region: String) -> Localized {
    Localized(
      zh: "编号“\(id)”须以地区编号“\(region).”开头",
      en: "id '\(id)' must start with the region id '\(region).'")
  }

  static let numberWithoutUnit = Localized(
    zh: "有数值的目标须写明单位（unit）", en: "a figure with a number needs a unit")

  /// The unit of a rank.
  static let rankUnit = "位"

  static let rankNeedsRankUnit = Localized(
    zh: "排位的单位须为“位”", en: "a rank's unit must be '位'")

  static func baselineKind(_ kind: GoalKind, _ allowed: [GoalKind]) -> Localized {
    let names = allowed.map(\.rawValue).joined(separator: " ")
    return Localized(
      zh: "基期指标不能是“\(kind.rawValue)”类（可用：\(names)）",
      en: "a baseline indicator cannot be of kind '\(kind.rawValue)' (allowed: \(names))")
  }

  static let baselineWithoutNumber = Localized(
    zh: "基期指标须写明数值（baseline 的 value 或 min/max）",
    en: "a baseline indicator needs a number (`value` or `min`/`max` in `baseline`)")

  static let amongWithoutRank = Localized(
    zh: "只有排位（kind: rank）才写排位范围（among）",
    en: "`among` (the group ranked in) is only for a rank (kind: rank)")

  static let comparatorMissing = Localized(
    zh: "比较型目标须写明比较对象（comparator）",
    en: "a comparator target needs `comparator` (what it is compared with)")

  static func rangeBackwards(_ min: String, _ max: String) -> Localized {
    Localized(
      zh: "区间顺序颠倒：下限\(min)大于上限\(max)",
      en: "range is not ordered: min \(min) is above max \(max)")
  }

  static let valueAndRange = Localized(
    zh: "value 与 min/max 只能写一种", en: "give either `value` or `min`/`max`, not both")

  static func targetBeforeBaseline(_ target: Int, _ baseline: Int) -> Localized {
    Localized(
      zh: "目标年\(target)早于基期年\(baseline)",
      en: "target year \(target) is before the baseline year \(baseline)")
  }

  static func unknownUnit(_ unit: String) -> Localized {
    Localized(
      zh: "未知单位“\(unit)”（已知单位见 docs/plan-format.md）",
      en: "unknown unit '\(unit)' (known units are listed in docs/plan-format.md)")
  }

  static func unknownQualifier(_ qualifier: String, known: [String]) -> Localized {
    Localized(
      zh: "未知限定词“\(qualifier)”（已知：\(known.joined(separator: " "))）",
      en: "unknown qualifier '\(qualifier)' (known: \(known.joined(separator: " ")))")
  }

  static func yearOutOfRange(_ year: Int) -> Localized {
    let range = ItemText.years(YearRules.range)
    return Localized(
      zh: "年份\(year)超出可用范围（\(range.zh)）",
      en: "year \(year) is out of range (\(range.en))")
  }

  /// What a year outside the horizon is: a stage, a stage year, a target year, a due year.
  enum YearRole {
    case stage, stageYear, targetYear, dueYear

    var name: Localized {
      switch self {
      case .stage: Localized(zh: "阶段", en: "stage")
      case .stageYear: Localized(zh: "阶段年份", en: "stage year")
      case .targetYear: Localized(zh: "目标年", en: "target year")
      case .dueYear: Localized(zh: "完成年份", en: "due year")
      }
    }
  }

  static func outsideHorizon(_ role: YearRole, _ year: Int, _ horizon: Horizon) -> Localized {
    let range = ItemText.years(horizon.start...horizon.end)
    return Localized(
      zh: "\(role.name.zh)\(year)超出规划期（\(range.zh)）",
      en: "\(role.name.en) \(year) is outside the plan's horizon \(range.en)")
  }

  static func duplicateRegionID(_ id: String) -> Localized {
    Localized(zh: "地区编号“\(id)”重复", en: "duplicate region id '\(id)'")
  }

  static func duplicateID(_ id: String) -> Localized {
    Localized(zh: "编号“\(id)”重复", en: "duplicate id '\(id)'")
  }

  /// What a link must name: a region, a cluster, a target or indicator.
  enum LinkKind {
    case region, cluster, goal

    var name: Localized {
      switch self {
      case .region: Localized(zh: "地区", en: "region")
      case .cluster: Localized(zh: "集群", en: "cluster")
      case .goal: Localized(zh: "目标或指标", en: "target or indicator")
      }
    }
  }

  static func unknownLink(_ kind: LinkKind, _ id: String) -> Localized {
    Localized(zh: "未知\(kind.name.zh)编号“\(id)”", en: "unknown \(kind.name.en) id '\(id)'")
  }

  static let ownParent = Localized(
    zh: "集群不能以自己为上级", en: "a cluster cannot be its own parent")

  /// What follows a duplicate: where the same id was first defined.
  public static func firstDefinedAt(_ place: String) -> Localized {
    Localized(zh: "（首次定义于 \(place)）", en: " (first defined at \(place))")
  }
}

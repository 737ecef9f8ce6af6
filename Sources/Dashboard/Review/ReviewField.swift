import PlanModel

/// A field of a drafted item the review screen edits (after `e`, one key names it).
public enum ReviewField: CaseIterable, Hashable, Sendable {
  case title
  case value
  case unit
  case year
  case leadUnits
  case responsibleUnits
  case heading

  /// Whether an item of this kind has the field.
  public func applies(to kind: ReviewItemKind) -> Bool {
    switch self {
    case .title, .year, .heading: true
    case .value: kind != .measure
    case .unit: kind != .measure && kind != .cluster
    case .leadUnits, .responsibleUnits: kind == .measure || kind == .cluster
    }
  }

  /// The field's name on screen, for this kind of item.
  func label(for kind: ReviewItemKind) -> Localized {
    switch self {
    case .title:
      kind == .target || kind == .indicator
        ? Localized(zh: "指标名", en: "metric")
        : kind == .measure ? Localized(zh: "标题", en: "title") : Localized(zh: "名称", en: "name")
    case .value: Localized(zh: "数值", en: "value")
    case .unit: Localized(zh: "单位", en: "unit")
    case .year:
      kind == .measure ? Localized(zh: "完成年份", en: "due year") : Localized(zh: "年份", en: "year")
    case .leadUnits: Localized(zh: "牵头单位", en: "lead units")
    case .responsibleUnits: Localized(zh: "责任单位", en: "responsible units")
    case .heading: Localized(zh: "所属标题", en: "heading")
    }
  }

  /// The field's text as the editor opens it.
  func text(of item: ReviewItem) -> String {
    switch self {
    case .title: item.title
    case .value: item.figure?.value.map(ReviewFormat.number) ?? ""
    case .unit: item.unit ?? ""
    case .year: item.year.map(String.init) ?? ""
    case .leadUnits: item.leadUnits.joined(separator: "、")
    case .responsibleUnits: item.responsibleUnits.joined(separator: "、")
    case .heading: item.source.heading ?? ""
    }
  }
}

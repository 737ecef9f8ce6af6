import PlanModel

/// Applies what was typed into a field to an item: the item with the field changed, or why
/// the text cannot stand there (the editor then stays open with the text kept).
enum ReviewFieldEdit {
  static func apply(
    _ text: String, to field: ReviewField, of item: ReviewItem, outline: [OutlineHeading]
  ) -> Result<ReviewItem, ReviewEditError> {
    let typed = text.trimmingSpaces
    var item = item
    switch field {
    case .title:
      guard !typed.isEmpty else { return .failure(.emptyTitle) }
      item.title = typed
    case .value:
      return setValue(typed, of: item)
    case .unit:
      item.unit = typed.isEmpty ? nil : typed
    case .year:
      return setYear(typed, of: item)
    case .leadUnits:
      item.leadUnits = ReviewFormat.units(typed)
    case .responsibleUnits:
      item.responsibleUnits = ReviewFormat.units(typed)
    case .heading:
      if typed.isEmpty {
        item.source.heading = nil
      } else {
        guard outline.contains(where: { $0.key == typed }) else {
          return .failure(.unknownHeading(typed, known: outline.map(\.key)))
        }
        item.source.heading = typed
      }
    }
    return .success(item)
  }

  private static func setValue(_ typed: String, of item: ReviewItem) -> Result<
    ReviewItem, ReviewEditError
  > {
    var item = item
    if typed.isEmpty {
      item.figure?.value = nil
    } else {
      guard let value = Double(typed.replacing(",", with: "")), value.isFinite
      else { return .failure(.notANumber(typed)) }
      var figure = item.figure ?? Figure()
      figure.value = value
      figure.min = nil
      figure.max = nil
      item.figure = figure
    }
    if let figure = item.figure, !figure.hasNumber, figure.year == nil, figure.qualifiers.isEmpty {
      item.figure = nil
    }
    return .success(item)
  }

  private static func setYear(_ typed: String, of item: ReviewItem) -> Result<
    ReviewItem, ReviewEditError
  > {
    var item = item
    var year: Int? = nil
    if !typed.isEmpty {
      guard let number = Int(typed), (1900...2100).contains(number) else {
        return .failure(.notAYear(typed))
      }
      year = number
    }
    if item.ref.kind == .measure {
      item.due = year
    } else if let year {
      var figure = item.figure ?? Figure()
      figure.year = year
      item.figure = figure
    } else {
      item.figure?.year = nil
    }
    return .success(item)
  }
}

/// Why typed text cannot go into a field.
enum ReviewEditError: Error, Hashable, Sendable {
  case emptyTitle
  case notANumber(String)
  case notAYear(String)
  case unknownHeading(String, known: [String])

  var message: Localized {
    switch self {
    case .emptyTitle: Localized(zh: "标题不能为空", en: "the title cannot be empty")
    case .notANumber(let text):
      Localized(zh: "“\(text)”不是数值", en: "“\(text)” is not a number")
    case .notAYear(let text):
      Localized(zh: "“\(text)”不是年份（1900—2100）", en: "“\(text)” is not a year (1900–2100)")
    case .unknownHeading(let text, let known):
      Localized(
        zh: "提纲中没有标题“\(text)”（可用：\(known.prefix(8).joined(separator: "、"))）",
        en:
          "no heading “\(text)” in the outline (there are: \(known.prefix(8).joined(separator: ", ")))"
      )
    }
  }
}

/// A metric's figure for each year in one clause list, each year before its verb and figure
/// (`营业收入2027年达到300亿元、2028年达到360亿元、2029年突破420亿元`): the years date their own
/// figures, and set no year for the sentences after them (`…。引进一级供应商5家以上` names none).
enum YearByYearFigures {
  /// Verbs that may stand between a year and its figure.
  static let verbs = ["力争达到", "力争突破", "达到", "突破", "超过", "增至", "提高到", "稳定在", "力争"]

  /// True when two plain years of the sentence or more each stand right before a figure, or
  /// before a verb and a figure.
  static func lists(_ sentence: Substring) -> Bool {
    let leading = NumberUnitParser.years(in: sentence).filter { reading in
      reading.role == .plain && leadsFigure(sentence[reading.range.upperBound...])
    }
    return leading.count >= 2
  }

  static func leadsFigure(_ after: Substring) -> Bool {
    var rest = after
    if let verb = verbs.first(where: rest.hasPrefix) { rest = rest.dropFirst(verb.count) }
    return rest.first.map(PlanTextCharacters.isDigit) ?? false
  }
}

import PlanModel

/// The `?` help's last group: what each symbol of the panes' one-symbol status column
/// (`评` · `St`) means, in the model's words — the column is too narrow for them.
enum AssessmentLegend {
  static func helpLines(_ language: Language) -> [(
    key: String, description: String, isHeading: Bool
  )] {
    let heading = Localized(zh: "评估符号（“评”列）", en: "Status symbols (St column)")(language)
    return [(heading, "", true)]
      + AssessmentStatus.allCases.map {
        ($0.symbol, AssessmentBadge.word($0, language), false)
      }
  }
}

import PlanModel

extension UIText {
  /// The `a` form's error line for a refused submit, naming the item by its title as
  /// `plandash actual set` does (the user picked the row, so no id is echoed).
  static func formError(
    _ error: ActualForm.FormError, catalog: Catalog, _ language: Language
  ) -> String {
    switch error {
    case .badYear: return badYear(language)
    case .badValue: return badValue(language)
    case .refused(let problem): return problem.text(naming: catalog, typed: false)(language)
    }
  }
}

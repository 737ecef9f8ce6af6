import PlanModel
import Yams

/// Writes a `Plan` back as a plan file in the documented format, keys in the documented
/// order (each type's in its schema, `Schema/`), so that reading it again gives exactly the
/// same model.
public enum PlanYAMLWriter {
  public static func yaml(for plan: Plan) throws -> String {
    let body = try Yams.serialize(node: PlanSchema.write(plan), width: -1, allowUnicode: true)
    return "# plandash plan file — \(plan.region.name) · \(plan.document.title)\n" + body
  }
}

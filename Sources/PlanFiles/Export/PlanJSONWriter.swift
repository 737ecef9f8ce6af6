import Foundation
import PlanModel

/// Writes plans as JSON: every region with all its items, keys in snake_case as in the plan
/// files, figures as JSON numbers, each plan's outline flat with every item naming its
/// heading (`JSONOutline`). Progress (status, actuals) can be merged in by id.
public enum PlanJSONWriter {
  /// Extra fields to attach to an item, by id (e.g. a measure's status, a target's actuals).
  public typealias Attachments = [String: [String: Any]]

  public static func json(for plans: [Plan], attachments: Attachments = [:]) throws -> String {
    let encoder = JSONEncoder()
    encoder.keyEncodingStrategy = .convertToSnakeCase
    let data = try encoder.encode(ExportedPlans(format: 1, plans: plans.map(withMeasureSources)))
    // One pass through JSONSerialization merges the attachments and pretty-prints with
    // sorted keys.
    var object = JSONOutline.place(in: try JSONSerialization.jsonObject(with: data))
    if !attachments.isEmpty { object = attach(attachments, to: object) }
    let out = try JSONSerialization.data(
      withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    return String(decoding: out, as: UTF8.self) + "\n"
  }

  /// A measure whose plan file leaves `source.text` out has its own `text` as its source
  /// (docs/plan-format.md); the export writes it out, so every item's source has its
  /// sentence for a reader of the JSON. (Only here: in memory the text is kept once.)
  private static func withMeasureSources(_ plan: Plan) -> Plan {
    var plan = plan
    for index in plan.measures.indices where plan.measures[index].source.text == nil {
      plan.measures[index].source.text = plan.measures[index].text
    }
    return plan
  }

  /// Walks the JSON tree and merges attachments into every object whose `id` has some.
  private static func attach(_ attachments: Attachments, to value: Any) -> Any {
    if var dictionary = value as? [String: Any] {
      for (key, child) in dictionary { dictionary[key] = attach(attachments, to: child) }
      if let id = dictionary["id"] as? String, let extra = attachments[id] {
        dictionary.merge(extra) { _, new in new }
      }
      return dictionary
    }
    if let array = value as? [Any] { return array.map { attach(attachments, to: $0) } }
    return value
  }
}

private struct ExportedPlans: Encodable {
  let format: Int
  let plans: [Plan]
}

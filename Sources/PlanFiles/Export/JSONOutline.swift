import Foundation

/// The outline in the JSON export (docs/plan-format.md): each plan's flat `outline` list of
/// `{key, number, title, level, parent, in_text}` — `parent` null for a chapter — and every
/// item's heading key at its own top level (`heading`, null where it stands under none), as
/// well as in its `source`. A source's `review` is left out while it is empty.
enum JSONOutline {
  /// The lists whose items name a heading.
  static let itemLists = ["targets", "indicators", "clusters", "ladders", "measures"]

  /// The exported tree with the outline's keys in place.
  static func place(in root: Any) -> Any {
    guard var top = root as? [String: Any], let plans = top["plans"] as? [[String: Any]] else {
      return root
    }
    top["plans"] = plans.map(placed)
    return top
  }

  private static func placed(_ plan: [String: Any]) -> [String: Any] {
    var plan = plan
    plan["outline"] = (plan["outline"] as? [[String: Any]] ?? []).map { heading in
      var heading = heading
      if heading["parent"] == nil { heading["parent"] = NSNull() }
      return heading
    }
    for list in itemLists {
      if let items = plan[list] as? [[String: Any]] { plan[list] = items.map(withHeading) }
    }
    if var document = plan["document"] as? [String: Any],
      let stages = document["stages"] as? [[String: Any]]
    {
      document["stages"] = stages.map { stage in
        var stage = stage
        if let source = stage["source"] as? [String: Any] { stage["source"] = tidied(source) }
        return stage
      }
      plan["document"] = document
    }
    return plan
  }

  /// An item (or a ladder's tier) with `heading` beside its `source`.
  private static func withHeading(_ item: [String: Any]) -> [String: Any] {
    var item = item
    let source = tidied(item["source"] as? [String: Any] ?? [:])
    item["source"] = source
    item["heading"] = source["heading"] ?? NSNull()
    if let tiers = item["tiers"] as? [[String: Any]] { item["tiers"] = tiers.map(withHeading) }
    return item
  }

  private static func tidied(_ source: [String: Any]) -> [String: Any] {
    var source = source
    if (source["review"] as? [Any])?.isEmpty == true { source["review"] = nil }
    return source
  }
}

/// Looks through a parsed JSON document (`JSONSerialization` output) for items by id.
public enum JSONSearch {
  /// The first object anywhere in `value` whose `id` is `id`.
  public static func object(withID id: String, in value: Any) -> [String: Any]? {
    if let object = value as? [String: Any] {
      if object["id"] as? String == id { return object }
      for child in object.values {
        if let found = Self.object(withID: id, in: child) { return found }
      }
    } else if let array = value as? [Any] {
      for child in array { if let found = Self.object(withID: id, in: child) { return found } }
    }
    return nil
  }
}

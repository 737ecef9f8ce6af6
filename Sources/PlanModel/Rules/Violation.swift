/// A broken rule, named by the item and field it concerns so that the file layer can point
/// at the line.
public struct Violation: Hashable, Sendable, CustomStringConvertible {
  /// The id of the item concerned (`nil` for the plan or region as a whole).
  public var itemID: String?
  /// The field concerned, as a path of file keys: `["target", "year"]`, `["clusters", "0"]`.
  public var field: [String]
  public var message: String

  public init(itemID: String?, field: [String] = [], message: String) {
    self.itemID = itemID
    self.field = field
    self.message = message
  }

  public var description: String {
    var place = itemID ?? "plan"
    if !field.isEmpty { place += "." + field.joined(separator: ".") }
    return place + ": " + message
  }
}

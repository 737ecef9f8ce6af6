/// The kinds of item a plan holds, each addressed by its id.
public enum ItemKind: String, CaseIterable, Codable, Sendable {
  case target
  case cluster
  case ladder
  case tier
  case indicator
  case measure
}

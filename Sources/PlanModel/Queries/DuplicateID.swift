/// An id used by two items: where it was first used and where again.
public struct DuplicateID: Hashable, Sendable {
  public var id: String
  public var first: ItemAddress
  public var again: ItemAddress
}

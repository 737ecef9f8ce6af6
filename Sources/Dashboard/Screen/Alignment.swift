/// Where text sits in the columns it is given.
public enum Alignment: Sendable {
  case left
  case right
  case center
}

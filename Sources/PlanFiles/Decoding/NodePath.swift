import Yams

/// Finds the line of a field named by a path of keys and list indices
/// (`["measures", "3", "clusters", "0"]`); where the path ends early (a missing key) the
/// deepest node that exists answers.
enum NodePath {
  static func line(of path: [String], in root: Node) -> Int {
    var node = root
    for part in path {
      switch node {
      case .mapping(let mapping):
        guard let pair = mapping.first(where: { $0.key.scalar?.string == part }) else {
          return node.line
        }
        node = pair.value.isNull ? pair.key : pair.value
      case .sequence(let sequence):
        guard let index = Int(part), index < sequence.count else { return node.line }
        node = sequence[index]
      default:
        return node.line
      }
    }
    return node.line
  }
}

/// A subcommand's words in the plainest shape: positional words and `--name value` options
/// from a fixed set, each option given at most once. Anything else — a flag, `--name=value`,
/// `-h`, `help`, `--`, an unknown or repeated option, a value that looks like an option — is not
/// plain, and the words go to the full parser (`QuickCommandLine`).
struct PlainWords: Equatable {
  struct Option: Equatable {
    var name: String
    var value: String
  }

  var positionals: [String] = []
  var options: [Option] = []

  /// The value given for the option `name`, or nil.
  func value(_ name: String) -> String? { options.first { $0.name == name }?.value }

  /// - Parameters:
  ///   - words: the words after the subcommand's name.
  ///   - names: the options (without `--`) the subcommand takes a value for.
  ///   - unconditional: those whose value may itself begin with `-` (`parsing:
  ///     .unconditional` in the command's declaration).
  init?(_ words: ArraySlice<String>, names: [String], unconditional: [String] = []) {
    var index = words.startIndex
    while index < words.endIndex {
      let word = words[index]
      guard word.hasPrefix("-") else {
        // `help` may ask for help where the full parser reads it.
        guard word != "help" else { return nil }
        positionals.append(word)
        index += 1
        continue
      }
      let name = String(word.dropFirst(2))
      guard word.hasPrefix("--"), names.contains(name), value(name) == nil,
        index + 1 < words.endIndex
      else { return nil }
      let value = words[index + 1]
      guard unconditional.contains(name) || !value.hasPrefix("-") else { return nil }
      options.append(Option(name: name, value: value))
      index += 2
    }
  }
}

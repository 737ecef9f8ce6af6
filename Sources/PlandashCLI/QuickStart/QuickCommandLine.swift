import ArgumentParser

/// The commands scripts run in loops — `mark`, `list`, `status` — built straight from plain
/// command lines, without the full parser's reflection over every command, which costs more
/// than the rest of such a run (issue 15, docs/benchmarks.md). Each is the same command
/// value `PlandashCommand.parseAsRoot` returns for those words (a test compares the two for
/// every shape taken here); every other command line, help and every error included (a
/// `--lang` other than zh or en too), goes to the full parser, so what is printed never
/// differs. Options are kept in small arrays, not sets and dictionaries: the first hashed
/// collection of a type makes the Swift runtime search every conformance in the binary.
enum QuickCommandLine {
  /// The command for `arguments` (the program's name first), or nil for the full parser.
  static func command(_ arguments: [String]) -> (any ParsableCommand)? {
    guard arguments.count > 2 else { return nil }
    let words = arguments.dropFirst(2)
    switch arguments[1] {
    case "mark": return mark(words)
    case "list": return list(words)
    case "status": return status(words)
    default: return nil
    }
  }

  private static let common = ["plans", "store", "lang"]

  private static func mark(_ words: ArraySlice<String>) -> MarkCommand? {
    guard
      let plain = PlainWords(
        words, names: common + ["status", "note", "as"], unconditional: ["note"]),
      !plain.positionals.isEmpty
    else { return nil }
    var command = MarkCommand()
    command.ids = plain.positionals
    command.status = plain.value("status")
    command.note = plain.value("note")
    command.fromFile = nil
    command.plansOptions = plansOptions(plain)
    command.storeOptions = storeOptions(plain)
    command.actorOptions = ActorOptions()
    command.actorOptions.actor = plain.value("as")
    guard let language = languageOptions(plain) else { return nil }
    command.languageOptions = language
    return command
  }

  private static func list(_ words: ArraySlice<String>) -> ListCommand? {
    guard let plain = PlainWords(words, names: common + ["region", "as-of"]),
      plain.positionals.count == 1,
      let subject = ListCommand.Subject(rawValue: plain.positionals[0])
    else { return nil }
    var command = ListCommand()
    command.subject = subject
    command.region = plain.value("region")
    command.plansOptions = plansOptions(plain)
    command.storeOptions = storeOptions(plain)
    command.asOfOptions = AsOfOptions()
    command.asOfOptions.asOf = plain.value("as-of")
    guard let language = languageOptions(plain) else { return nil }
    command.languageOptions = language
    return command
  }

  private static func status(_ words: ArraySlice<String>) -> StatusCommand? {
    guard let plain = PlainWords(words, names: common + ["region"]),
      plain.positionals.isEmpty
    else { return nil }
    var command = StatusCommand()
    command.region = plain.value("region")
    command.orphans = false
    command.plansOptions = plansOptions(plain)
    command.storeOptions = storeOptions(plain)
    guard let language = languageOptions(plain) else { return nil }
    command.languageOptions = language
    return command
  }

  private static func plansOptions(_ plain: PlainWords) -> PlansOptions {
    var options = PlansOptions()
    options.plans = plain.value("plans")
    return options
  }

  private static func storeOptions(_ plain: PlainWords) -> StoreOptions {
    var options = StoreOptions()
    options.store = plain.value("store")
    return options
  }

  /// The `--lang` given, or nil when it is neither zh nor en (the full parser refuses it).
  private static func languageOptions(_ plain: PlainWords) -> LanguageOptions? {
    var options = LanguageOptions()
    options.language = plain.value("lang")
    do {
      _ = try options.chosen()
      return options
    } catch {
      return nil
    }
  }
}

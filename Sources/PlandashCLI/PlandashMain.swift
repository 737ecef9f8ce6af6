import ArgumentParser
import Foundation
import PlanModel

/// Runs the command line, printing a user's error as one plain line (no stack, no usage
/// dump) in the user's language.
public enum PlandashMain {
  public static func run() {
    let quick = QuickCommandLine.command(CommandLine.arguments)
    var command: any ParsableCommand
    do {
      command = try quick ?? PlandashCommand.parseAsRoot()
    } catch {
      PlandashCommand.exit(withError: error)
    }
    do {
      // A `--lang` other than zh or en is refused before anything runs (in the language
      // the run has without it). A quick command line has none such (it leaves them to the
      // full parser), and spares the dynamic cast, which searches every conformance.
      if quick == nil { _ = try (command as? LanguageChoosing)?.languageOptions.chosen() }
      try command.run()
    } catch let error as CLIError {
      StandardStreams.err("plandash: \(error.message(command.messageLanguage))\n")
      exit(error.exitCode)
    } catch let error as any UserFacingError {
      StandardStreams.err("plandash: \(error.message(command.messageLanguage))\n")
      exit(1)
    } catch {
      PlandashCommand.exit(withError: error)
    }
  }
}

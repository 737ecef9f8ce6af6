import ArgumentParser

public struct PlandashCommand: ParsableCommand {
  public init() {}
  public func run() throws {}
}

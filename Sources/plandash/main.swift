import PlandashCLI

PlandashCommand.main()

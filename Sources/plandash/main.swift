import PlandashCLI

PlandashMain.run()

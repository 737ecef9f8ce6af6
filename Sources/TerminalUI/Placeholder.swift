// Placeholder: TerminalUI is written next.

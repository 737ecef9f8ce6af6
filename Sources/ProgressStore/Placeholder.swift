// Placeholder: ProgressStore is written next.

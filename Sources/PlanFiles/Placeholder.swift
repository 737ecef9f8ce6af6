// Placeholder: PlanFiles is written next.

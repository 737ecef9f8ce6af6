// Placeholder: Dashboard is written next.

import Testing

/// Every end-to-end test runs under this suite, one at a time: each drives a real terminal
/// (tmux) and the real binary, and a 2-core CI machine gives flaky timings when many run at
/// once.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
enum EndToEnd {}

/// A failure of the end-to-end machinery itself (tmux, a missing pane), with what it saw.
struct EndToEndError: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}

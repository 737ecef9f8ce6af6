import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Runs a program with `posix_spawn` and waits for it with `waitpid`. Foundation's `Process`
/// is not used for tmux: the server tmux forks inherits the test runner's blocked signal
/// mask and Foundation's bookkeeping descriptors, and then neither `kill-server` by signal
/// nor `waitUntilExit` can be relied on. Here the child starts with an empty signal mask
/// and default handlers, standard input from /dev/null, and standard output either a pipe
/// (read to the end) or /dev/null.
enum Spawn {
  struct Result {
    var status: Int32
    var output: String
  }

  static func run(_ path: String, _ arguments: [String], captureOutput: Bool) throws -> Result {
    var fileActions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&fileActions)
    defer { posix_spawn_file_actions_destroy(&fileActions) }
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }

    var emptyMask = sigset_t()
    sigemptyset(&emptyMask)
    posix_spawnattr_setsigmask(&attributes, &emptyMask)
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for signal in [SIGINT, SIGTERM, SIGHUP, SIGPIPE, SIGCHLD, SIGTSTP, SIGQUIT] {
      sigaddset(&defaults, signal)
    }
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

    var pipeEnds: [Int32] = [-1, -1]
    posix_spawn_file_actions_addopen(&fileActions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&fileActions, 2, "/dev/null", O_WRONLY, 0)
    if captureOutput {
      guard pipe(&pipeEnds) == 0 else { throw EndToEndError("pipe failed") }
      _ = fcntl(pipeEnds[0], F_SETFD, FD_CLOEXEC)
      _ = fcntl(pipeEnds[1], F_SETFD, FD_CLOEXEC)
      posix_spawn_file_actions_adddup2(&fileActions, pipeEnds[1], 1)
    } else {
      posix_spawn_file_actions_addopen(&fileActions, 1, "/dev/null", O_WRONLY, 0)
    }

    let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid: pid_t = 0
    let spawned = argv.withUnsafeBufferPointer { buffer in
      posix_spawn(&pid, path, &fileActions, &attributes, buffer.baseAddress!, environ)
    }
    if captureOutput { close(pipeEnds[1]) }
    guard spawned == 0 else {
      if captureOutput { close(pipeEnds[0]) }
      throw EndToEndError("cannot start \(path): error \(spawned)")
    }
    var data = Data()
    if captureOutput {
      var chunk = [UInt8](repeating: 0, count: 65536)
      while true {
        let count = read(pipeEnds[0], &chunk, chunk.count)
        if count > 0 {
          data.append(contentsOf: chunk[0..<count])
        } else if count < 0, errno == EINTR {
          continue
        } else {
          break
        }
      }
      close(pipeEnds[0])
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0, errno == EINTR {}
    let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    return Result(status: exitStatus, output: String(decoding: data, as: UTF8.self))
  }
}

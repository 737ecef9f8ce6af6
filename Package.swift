// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "plandash",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "plandash", targets: ["plandash"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
  ],
  targets: [
    // Layer 1 — the model: plan types, validation rules, progress arithmetic, queries. No I/O.
    .target(name: "PlanModel"),
    // Layer 2 — the store: plan files (YAML) and the progress database (SQLite via GRDB).
    .target(
      name: "PlanFiles",
      dependencies: ["PlanModel", .product(name: "Yams", package: "Yams")]
    ),
    .target(
      name: "ProgressStore",
      dependencies: ["PlanModel", "CSQLiteSettings", .product(name: "GRDB", package: "GRDB.swift")]
    ),
    // The team store: the same progress on a shared PostgreSQL server (postgres-nio).
    .target(
      name: "TeamStore",
      dependencies: [
        "PlanModel", "ProgressStore", .product(name: "PostgresNIO", package: "postgres-nio"),
      ]
    ),
    // The one SQLite setting Swift cannot reach (sqlite3_db_config is variadic).
    .target(name: "CSQLiteSettings", linkerSettings: [.linkedLibrary("sqlite3")]),
    // Layer 3 — the dashboard: state, actions, reducer, cell buffer and views. No curses.
    // CDisplayWidth: glibc's wcwidth and the UTF-8 locale fix-up (libc only, no curses).
    .systemLibrary(name: "CDisplayWidth", path: "Sources/CDisplayWidth"),
    .target(name: "Dashboard", dependencies: ["PlanModel", "CDisplayWidth"]),
    // Layer 4 — the terminal: ncursesw puts the buffer on screen and turns keys into actions.
    .systemLibrary(name: "CNCursesW", path: "Sources/CNCursesW"),
    .target(name: "TerminalUI", dependencies: ["Dashboard", "CNCursesW"]),
    // Layer 5 — the command line and the executable.
    .target(
      name: "PlandashCLI",
      dependencies: [
        "PlanModel", "PlanFiles", "ProgressStore", "TeamStore", "Dashboard", "TerminalUI",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(name: "plandash", dependencies: ["PlandashCLI"]),
    .executableTarget(
      name: "plandash-bench",
      dependencies: ["PlanModel", "PlanFiles", "ProgressStore", "Dashboard", "PlandashCLI"]
    ),

    // Shared by the test targets that drive the built binary.
    .target(name: "PlandashTestSupport", path: "Tests/Support"),
    .testTarget(name: "PlanModelTests", dependencies: ["PlanModel"]),
    .testTarget(name: "CommandLineTests", dependencies: ["PlandashTestSupport"]),
    .testTarget(
      name: "PlanFilesTests", dependencies: ["PlandashTestSupport", "PlanModel", "PlanFiles"]),
    .testTarget(
      name: "ProgressStoreTests",
      dependencies: [
        "PlandashTestSupport", "PlanModel", "ProgressStore",
        .product(name: "GRDB", package: "GRDB.swift"),
      ]
    ),
    .testTarget(
      name: "TeamStoreTests",
      dependencies: ["PlandashTestSupport", "PlanModel", "ProgressStore", "TeamStore"]
    ),
    .testTarget(
      name: "PlandashCLITests",
      dependencies: [
        "PlandashCLI", "Dashboard", "ProgressStore", "PlanModel", "PlandashTestSupport",
      ]
    ),
    .testTarget(
      name: "DashboardTests",
      dependencies: ["PlandashTestSupport", "PlanModel", "Dashboard", "PlanFiles"]),
    .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI", "Dashboard"]),
    .testTarget(
      name: "EndToEndTests",
      dependencies: ["PlandashTestSupport", "PlanModel", "PlanFiles", "Dashboard"]),
  ],
  swiftLanguageModes: [.v6]
)

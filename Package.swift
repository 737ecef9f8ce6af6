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
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
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
    // Plan import: reads a plan document (.txt, .html, .docx, .doc/.wps, .pdf) into
    // `DocumentText` and drafts a plan from it by general extraction rules.
    // CLibXML2: libxml2's HTML parser, for web pages (libxml2-dev).
    .target(
      name: "PlanImport",
      dependencies: [
        "PlanModel", "PlanFiles", "CLibXML2",
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ]
    ),
    .systemLibrary(
      name: "CLibXML2", path: "Sources/CLibXML2", pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"])]),
    // The one SQLite setting Swift cannot reach (sqlite3_db_config is variadic).
    .target(name: "CSQLiteSettings", linkerSettings: [.linkedLibrary("sqlite3")]),
    // The screen core, under both the dashboard and the terminal: the cell buffer, cells,
    // styles and role colours, keys, input events, display width and `TerminalApp`, the
    // protocol the terminal runs. Nothing of plans or of curses.
    // CDisplayWidth: glibc's wcwidth and the UTF-8 locale fix-up (libc only, no curses).
    .systemLibrary(name: "CDisplayWidth", path: "Sources/CDisplayWidth"),
    .target(name: "ScreenCore", dependencies: ["CDisplayWidth"]),
    // Layer 3 — the dashboard: state, actions, reducer and views drawing into the core's
    // cell buffer (it re-exports ScreenCore). No curses.
    .target(name: "Dashboard", dependencies: ["PlanModel", "ScreenCore"]),
    // Layer 4 — the terminal: ncursesw puts the buffer on screen and turns keys into events.
    // It knows the screen core only, never the dashboard.
    .systemLibrary(name: "CNCursesW", path: "Sources/CNCursesW"),
    .target(name: "TerminalUI", dependencies: ["ScreenCore", "CNCursesW"]),
    // Layer 5 — the command line and the executable; it hands the dashboard to the terminal.
    // OfficeDocuments: Word (.docx, OOXML zipped by ZIPFoundation, GB/T 9704 layout) and
    // Excel (.xlsx, through the system's libxlsxwriter) files from plain tables; no plan types.
    .systemLibrary(name: "CXLSXWriter", path: "Sources/CXLSXWriter"),
    .target(
      name: "OfficeDocuments",
      dependencies: ["CXLSXWriter", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
    ),
    .target(
      name: "PlandashCLI",
      dependencies: [
        "PlanModel", "PlanFiles", "ProgressStore", "TeamStore", "ScreenCore", "Dashboard",
        "TerminalUI", "OfficeDocuments", "PlanImport",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(
      name: "plandash", dependencies: ["PlandashCLI"],
      linkerSettings: [
        // Start cost (docs/benchmarks.md, issue 15): a position-dependent executable needs
        // none of the 160,000 relative relocations a PIE applies at every start, and
        // exporting no symbols keeps the dynamic symbol table that every start searches small.
        .unsafeFlags(
          ["-Xclang-linker", "-no-pie", "-Xlinker", "--no-export-dynamic"],
          .when(platforms: [.linux], configuration: .release))
      ]),
    .executableTarget(
      name: "plandash-bench",
      dependencies: [
        "PlanModel", "PlanFiles", "ProgressStore", "Dashboard", "PlandashCLI", "TeamStore",
        "PlanImport",
      ]
    ),

    // Shared by the test targets that drive the built binary.
    .target(
      name: "PlandashTestSupport",
      dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")],
      path: "Tests/Support"),
    .testTarget(name: "PlanModelTests", dependencies: ["PlanModel"]),
    .testTarget(
      name: "PlanImportTests",
      dependencies: ["PlanImport", "PlanModel", "PlanFiles", "PlandashTestSupport"]),
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
    .testTarget(name: "ScreenCoreTests", dependencies: ["ScreenCore"]),
    .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI", "ScreenCore"]),
    .testTarget(
      name: "EndToEndTests",
      dependencies: ["PlandashTestSupport", "PlanModel", "PlanFiles", "Dashboard"]),
  ],
  swiftLanguageModes: [.v6]
)

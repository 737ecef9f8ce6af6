// swift-tools-version: 6.1
import PackageDescription

/// Release builds of our own targets fetch concrete generic metadata through accessor
/// functions instead of mangled names: a mangled name makes the Swift runtime prove every
/// generic requirement (`ContentHash: Hashable`, say) by searching all 9,680 protocol
/// conformances in the binary, about 0.1 ms a search, a dozen times in every command
/// (docs/benchmarks.md, issue 15).
let releaseSwiftSettings: [SwiftSetting] = [
  .unsafeFlags(
    ["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"],
    .when(configuration: .release))
]

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
    .target(name: "PlanModel", swiftSettings: releaseSwiftSettings),
    // Layer 2 — the store: plan files (YAML) and the progress database (SQLite via GRDB).
    .target(
      name: "PlanFiles",
      dependencies: ["PlanModel", .product(name: "Yams", package: "Yams")],
      swiftSettings: releaseSwiftSettings
    ),
    .target(
      name: "ProgressStore",
      dependencies: [
        "PlanModel", "CSQLiteSettings", .product(name: "GRDB", package: "GRDB.swift"),
      ],
      swiftSettings: releaseSwiftSettings
    ),
    // The team store: the same progress on a shared PostgreSQL server (postgres-nio).
    .target(
      name: "TeamStore",
      dependencies: [
        "PlanModel", "ProgressStore", .product(name: "PostgresNIO", package: "postgres-nio"),
      ],
      swiftSettings: releaseSwiftSettings
    ),
    // Plan import: reads a plan document (.txt, .html, .docx, .doc/.wps, .pdf) into
    // `DocumentText` and drafts a plan from it by general extraction rules.
    // CLazyLibraries: libxml2's parsers, for web pages and Word files (libxml2-dev).
    .target(
      name: "PlanImport",
      dependencies: [
        "PlanModel", "PlanFiles", "CLazyLibraries",
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ],
      swiftSettings: releaseSwiftSettings
    ),
    // libxml2 and libxlsxwriter opened with dlopen when first used, not at every start
    // (their functions forward to the library's; the system-library targets give the types).
    // The C code reads libxml2's headers (Debian's libxml2-dev puts them under
    // /usr/include/libxml2); nothing links libxml2 or libxlsxwriter.
    .target(
      name: "CLazyLibraries", dependencies: ["CXLSXWriter"],
      cSettings: [.unsafeFlags(["-I/usr/include/libxml2"])]),
    // The one SQLite setting Swift cannot reach (sqlite3_db_config is variadic).
    .target(name: "CSQLiteSettings", linkerSettings: [.linkedLibrary("sqlite3")]),
    // The screen core, under both the dashboard and the terminal: the cell buffer, cells,
    // styles and role colours, keys, input events, display width and `TerminalApp`, the
    // protocol the terminal runs. Nothing of plans or of curses.
    // CDisplayWidth: glibc's wcwidth and the UTF-8 locale fix-up (libc only, no curses).
    .systemLibrary(name: "CDisplayWidth", path: "Sources/CDisplayWidth"),
    .target(
      name: "ScreenCore", dependencies: ["CDisplayWidth"], swiftSettings: releaseSwiftSettings),
    // Layer 3 — the dashboard: state, actions, reducer and views drawing into the core's
    // cell buffer (it re-exports ScreenCore). No curses.
    .target(
      name: "Dashboard", dependencies: ["PlanModel", "ScreenCore"],
      swiftSettings: releaseSwiftSettings),
    // Layer 4 — the terminal: ncursesw puts the buffer on screen and turns keys into events.
    // It knows the screen core only, never the dashboard.
    .systemLibrary(name: "CNCursesW", path: "Sources/CNCursesW"),
    .target(
      name: "TerminalUI", dependencies: ["ScreenCore", "CNCursesW"],
      swiftSettings: releaseSwiftSettings),
    // Layer 5 — the command line and the executable; it hands the dashboard to the terminal.
    // OfficeDocuments: Word (.docx, OOXML zipped by ZIPFoundation, GB/T 9704 layout) and
    // Excel (.xlsx, through the system's libxlsxwriter) files from plain tables; no plan types.
    .systemLibrary(name: "CXLSXWriter", path: "Sources/CXLSXWriter"),
    .target(
      name: "OfficeDocuments",
      dependencies: [
        "CXLSXWriter", "CLazyLibraries", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ],
      swiftSettings: releaseSwiftSettings
    ),
    .target(
      name: "PlandashCLI",
      dependencies: [
        "PlanModel", "PlanFiles", "ProgressStore", "TeamStore", "ScreenCore", "Dashboard",
        "TerminalUI", "OfficeDocuments", "PlanImport",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: releaseSwiftSettings
    ),
    .executableTarget(
      name: "plandash", dependencies: ["PlandashCLI"], swiftSettings: releaseSwiftSettings,
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
      ],
      swiftSettings: releaseSwiftSettings
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

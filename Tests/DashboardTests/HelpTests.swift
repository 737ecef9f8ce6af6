import PlanModel
import PlandashTestSupport
import Testing

@testable import Dashboard

@Suite struct HelpTests {
  @Test func helpListsEveryBindingFromTheKeyTable() {
    let (engine, _) = Fixtures.engine(width: 160, height: 48)
    Fixtures.type(engine, "?")
    #expect(engine.state.mode == .help(scroll: 0))
    var seen = Fixtures.screen(engine).joined(separator: "\n")
    // Scroll through the whole help page.
    for _ in 0..<10 { seen += Fixtures.type(engine, "NPage").joined(separator: "\n") }
    for binding in KeyTable.bindings {
      #expect(seen.contains(binding.description(.zh)), "\(binding.keyLabel)")
      #expect(seen.contains(binding.keyLabel), "\(binding.keyLabel)")
    }
    for (command, _) in KeyTable.commands { #expect(seen.contains(command)) }
    Fixtures.type(engine, "Escape")
    #expect(engine.state.mode == .normal)
  }

  @Test func englishHelp() {
    let (engine, _) = Fixtures.engine(options: DashboardOptions(language: .en))
    let screen = Fixtures.type(engine, "?")
    #expect(screen.contains { $0.contains("toggle done") })
    #expect(screen.contains { $0.contains("Everywhere") })
  }

  @Test func everyBindingDispatchesToItsOwnActionWhereItApplies() {
    // No key is bound twice in one context: the first binding found is the one help shows.
    for context in KeyContext.allCases {
      var keys: Set<Key> = []
      for binding in KeyTable.bindings where binding.context == context {
        for key in binding.keys {
          #expect(!keys.contains(key), "\(key.label) twice in \(context)")
          keys.insert(key)
        }
      }
    }
    // In the Measures pane, every measures/lists/browsing key reaches its action unless a
    // more specific context shadows it (shadowing is what the help groups show).
    var state = DashboardState(
      options: DashboardOptions(), themeNames: ["x"], firstRegionID: "hechuan")
    state.focus = .measures
    let data = DashboardData(catalog: Fixtures.catalog, snapshot: ProgressSnapshot())
    let contexts = KeyTable.activeContexts(in: state, data: data)
    #expect(contexts == [.measures, .measuresPane, .lists, .browsing])
    for binding in KeyTable.bindings where contexts.contains(binding.context) {
      for key in binding.keys {
        let shadowing = contexts.prefix { $0 != binding.context }
        let shadowed = KeyTable.bindings.contains {
          shadowing.contains($0.context) && $0.keys.contains(key)
        }
        if !shadowed { #expect(KeyTable.action(for: key, in: state, data: data) == binding.action) }
      }
    }
  }

  @Test func typingModesInsertPrintableKeys() {
    var state = DashboardState(
      options: DashboardOptions(), themeNames: ["x"], firstRegionID: "hechuan")
    state.mode = .filter(LineEditor())
    let data = DashboardData(catalog: Fixtures.catalog, snapshot: ProgressSnapshot())
    #expect(KeyTable.action(for: .text("q"), in: state, data: data) == .editorInsert("q"))
    #expect(KeyTable.action(for: .text("合川"), in: state, data: data) == .editorInsert("合川"))
    #expect(KeyTable.action(for: .space, in: state, data: data) == .editorInsert(" "))
    #expect(KeyTable.action(for: .enter, in: state, data: data) == .editorSubmit)
  }
}

@Suite struct DocumentationTests {
  @Test func dashboardDocListsEveryKeyAndCommand() throws {
    let doc = try #require(PackagePaths.text(PackagePaths.docs + "/dashboard.md"))
    for binding in KeyTable.bindings {
      #expect(
        doc.contains("`" + binding.keyLabel + "`")
          || binding.keys.allSatisfy { doc.contains($0.label) }, "\(binding.keyLabel)")
    }
    for (command, _) in KeyTable.commands {
      let name = String(command.split(separator: " ")[0])
      #expect(doc.contains(name), "\(name)")
    }
    for role in StyleRole.allCases { #expect(doc.contains("`\(role.rawValue)`")) }
  }

  @Test func aKeyTooLongForItsColumnTakesARowOfItsOwn() throws {
    let (engine, _) = Fixtures.engine(
      options: DashboardOptions(language: .en), width: 80, height: 24)
    Fixtures.type(engine, "?")
    var seen: [String] = Fixtures.screen(engine)
    for _ in 0..<10 { seen += Fixtures.type(engine, "NPage") }
    /// The display column where `text` starts in `row`.
    func column(of text: String, in row: String) -> Int? {
      row.firstRange(of: text).map { DisplayWidth.of(String(row[..<$0.lowerBound])) }
    }
    // The whole command on its row, then its description below it, in the same column as
    // the descriptions of short keys.
    let index = try #require(seen.firstIndex { $0.contains(":status todo|doing|done|blocked|all") })
    #expect(!seen[index].contains("measures with this status"))
    let unitRow = try #require(seen.first { $0.contains(":unit NAME") })
    let descriptionColumn = try #require(column(of: "measures a unit", in: unitRow))
    #expect(column(of: "measures with this status", in: seen[index + 1]) == descriptionColumn)
  }
}

@Suite struct HelpLegendTests {
  @Test func theEndOfHelpExplainsEveryStatusSymbolInBothLanguages() {
    for language in [Language.zh, .en] {
      let (engine, _) = Fixtures.engine(
        options: DashboardOptions(language: language), width: 100, height: 30)
      Fixtures.type(engine, "?")
      let lines = Fixtures.type(engine, "G")
      let screen = lines.joined(separator: "\n")
      #expect(screen.contains(language == .zh ? "评估符号" : "Status symbols"))
      for status in AssessmentStatus.allCases {
        let word = language == .zh ? status.labelZh : status.label
        // The symbol in the key column and its word beside it, on one line.
        #expect(
          lines.contains {
            $0.contains("│   " + status.symbol + " ") && $0.contains(word)
          }, "\(status)")
      }
      // g goes back to the top, where the first group's heading is.
      let top = Fixtures.type(engine, "g").joined(separator: "\n")
      #expect(!top.contains(language == .zh ? "评估符号" : "Status symbols"))
    }
  }

  @Test func theLegendIsFilterableLikeAnyHelpLine() {
    let page = HelpPage(.zh, innerWidth: 80, filter: "无法评估")
    #expect(page.rows.contains { $0.key == "?" && $0.description == "无法评估" })
    #expect(page.rows.contains { $0.isHeading && $0.key.contains("评估符号") })
  }
}

import ArgumentParser
import Dashboard
import PlanModel

/// `plandash list regions|clusters|targets|indicators|ladders|measures|outline [--region ID]`:
/// aligned tables of what the loaded plans hold; open fields read "—". The outline is a tree
/// of headings with their measures' roll-up from the progress store, as of `--as-of`.
struct ListCommand: ParsableCommand, LanguageChoosing {
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract:
      "Print the loaded plans' regions, clusters, targets, indicators, ladders, measures or outline."
  )

  enum Subject: String, ExpressibleByArgument, CaseIterable {
    case regions, clusters, targets, indicators, ladders, measures, outline
  }

  @Argument(help: "regions, clusters, targets, indicators, ladders, measures or outline.")
  var subject: Subject

  @Option(help: ArgumentHelp("Only this region (its id, e.g. hechuan).", valueName: "id"))
  var region: String?

  @OptionGroup var plansOptions: PlansOptions
  @OptionGroup var storeOptions: StoreOptions
  @OptionGroup var asOfOptions: AsOfOptions
  @OptionGroup var languageOptions: LanguageOptions

  static let open = "—"

  func run() throws {
    let language = languageOptions.resolve()
    let (catalog, _) = try storeOptions.loadCatalog(
      plansOptions, language, touching: .region(region))
    var plans = catalog.plans
    if let region {
      guard let plan = catalog.plan(forRegion: region) else {
        throw CLIError(CLIText.noSuchRegion(region, loaded: catalog.plans.map(\.region.id)))
      }
      plans = [plan]
    }
    let (header, rows) = try table(for: plans, language) {
      // Reading only: no store is created where none exists yet.
      (try storeOptions.existingSnapshot(language) ?? ProgressSnapshot(), try asOfOptions.year())
    }
    StandardStreams.out(
      TextTable.render(
        header: CLIText.Header.row(header, language), rows: rows,
        rightAligned: subject == .outline ? [1, 2] : []))
  }

  /// The subject's header and rows; `progress` gives the store's snapshot and the year to
  /// assess as of, asked for only by the outline.
  func table(
    for plans: [Plan], _ language: Language,
    progress: () throws -> (snapshot: ProgressSnapshot, asOf: Int)
  ) throws -> (header: [CLIText.Header], rows: [[String]]) {
    let o = Self.open
    switch subject {
    case .outline:
      let (snapshot, asOf) = try progress()
      return (
        [.heading, .measuresDone, .overdue],
        OutlineListing.rows(plans, snapshot: snapshot, asOf: asOf, language)
      )
    case .regions:
      return (
        [
          .id, .region, .level, .province, .parent, .plan, .horizon, .targets, .clusters,
          .ladders, .indicators, .measures,
        ],
        plans.map { Self.regionRow($0, language) }
      )
    case .clusters:
      return (
        [.id, .cluster, .tier, .parent, .scale, .leadUnits],
        plans.flatMap { plan in
          plan.clusters.map { c in
            [
              c.id, c.name, c.tier ?? o, c.parent ?? o, Self.figure(c.scale),
              c.leadUnits.isEmpty ? o : c.leadUnits.joined(separator: "、"),
            ]
          }
        }
      )
    case .targets:
      return (
        [.id, .metric, .kind, .direction, .baseline, .target, .unit, .qualifiers],
        plans.flatMap { plan in
          plan.targets.map { t in Self.goalRow(t.id, t.metric, t.goal) }
        }
      )
    case .indicators:
      return (
        [.id, .indicator, .category, .direction, .baseline, .target, .unit, .qualifiers],
        plans.flatMap { plan in
          plan.indicators.map { i in
            var row = Self.goalRow(i.id, i.name, i.goal)
            row[2] = i.category.rawValue
            return row
          }
        }
      )
    case .ladders:
      return (
        [.id, .ladder, .tier, .baseline, .target, .unit],
        plans.flatMap { plan in
          plan.ladders.flatMap { ladder in
            ladder.tiers.enumerated().map { index, tier in
              [
                tier.id, ladder.name, "\(index + 1). \(tier.name)", Self.figure(tier.baseline),
                Self.figure(tier.target), tier.unit ?? o,
              ]
            }
          }
        }
      )
    case .measures:
      return (
        [.id, .section, .title, .leadUnits, .due],
        plans.flatMap { plan in
          plan.measures.map { m in
            [
              m.id, m.position ?? m.section ?? o, m.title,
              m.leadUnits.isEmpty ? o : m.leadUnits.joined(separator: "、"),
              m.due.map(String.init) ?? o,
            ]
          }
        }
      )
    }
  }

  /// A region's row: who and where, the document, and how many items of each kind.
  static func regionRow(_ plan: Plan, _ language: Language) -> [String] {
    let o = open
    let d = plan.document
    return [
      plan.region.id, plan.region.name, plan.region.level.rawValue, plan.region.province ?? o,
      plan.region.parent ?? o,
      d.title + (d.titleInText ? "" : CLIText.untitledInText(language)),
      "\(d.horizon.start)–\(d.horizon.end)", "\(plan.targets.count)",
      "\(plan.clusters.count)",
      "\(plan.ladders.count)", "\(plan.indicators.count)", "\(plan.measures.count)",
    ]
  }

  static func goalRow(_ id: String, _ name: String, _ goal: Goal) -> [String] {
    [
      id, name, goal.kind.rawValue, goal.direction.rawValue, figure(goal.baseline),
      figure(goal.target), goal.unit ?? open,
      goal.qualifiers.isEmpty ? open : goal.qualifiers.joined(separator: " "),
    ]
  }

  /// A figure with its year and qualifiers: `力争 500 (2027)`; "—" when open.
  static func figure(_ figure: Figure?) -> String {
    let text = Format.figureWithYear(figure, open: open)
    guard let qualifiers = figure?.qualifiers, !qualifiers.isEmpty else { return text }
    return qualifiers.joined(separator: " ") + " " + text
  }
}

import Dashboard
import PlanModel

/// Small plans built in Swift: two regions with every kind of item, open fields, Chinese
/// punctuation that is ambiguous in width, and a control character in the data.
enum Fixtures {
  static let hechuanMeasures: [Measure] = [
    Measure(
      id: "hechuan.measure.auto-chain", section: "三(一)", position: "三(一) ¶1",
      title: "壮大智能网联新能源汽车零部件产业",
      text: "围绕“整车+零部件”协同发展——引进电驱动系统企业①家以上。", leadUnits: ["区经济信息委"],
      responsibleUnits: ["区发展改革委", "区商务委"], clusters: ["hechuan.cluster.auto-parts"],
      targets: ["hechuan.target.industrial-revenue"], due: 2024, source: SourceRef(section: "三(一)")),
    Measure(
      id: "hechuan.measure.land", section: "四(二)", title: "盘活低效工业用地",
      text: "开展亩均效益评价，盘活低效用地。", leadUnits: ["区规划自然资源局"], responsibleUnits: ["区经济信息委"],
      source: SourceRef(section: "四(二)")),
    Measure(
      id: "hechuan.measure.escape", section: nil, position: "五 ¶3", title: "数据里有\u{1B}[31m转义序列",
      text: "控制字符\u{07}不应原样输出。", source: SourceRef()),
  ]

  static let hechuan = Plan(
    region: Region(id: "hechuan", name: "合川区", level: .district, province: "重庆市", parent: "重庆市"),
    document: PlanDocument(
      title: "深入推进新时代新征程新合川制造业高质量发展行动方案(2023—2027年)", issuer: "重庆市合川区人民政府办公室",
      issued: PlanDate(year: 2023, month: 9, day: 12), horizon: Horizon(start: 2023, end: 2027)),
    targets: [
      Target(
        id: "hechuan.target.industrial-revenue", metric: "规模以上工业企业营业收入",
        goal: Goal(
          kind: .absolute, direction: .up, unit: "亿元", baseline: Figure(value: 800, year: 2022),
          target: Figure(value: 1600, year: 2027)),
        cluster: "hechuan.cluster.auto-parts",
        source: SourceRef(section: "二", text: "规模以上工业企业营业收入迈上1600亿元台阶")),
      Target(
        id: "hechuan.target.listed", metric: "上市企业",
        goal: Goal(
          kind: .count, direction: .up, unit: "户", target: Figure(min: 2, max: 3, year: 2027)),
        source: SourceRef(section: "二", text: "新增上市企业2—3户")),
    ],
    clusters: [
      Cluster(
        id: "hechuan.cluster.auto-parts", name: "智能网联新能源汽车零部件", tier: "主导",
        scale: Figure(value: 500, year: 2027, qualifiers: ["力争"]),
        leadUnits: ["区经济信息委"], responsibleUnits: ["区发展改革委", "区科技局"],
        source: SourceRef(section: "三(一)", text: "打造500亿级汽车零部件产业集群")),
      Cluster(
        id: "hechuan.cluster.auto-parts.brakes", name: "电制动系统",
        parent: "hechuan.cluster.auto-parts", source: SourceRef(section: "三(一)")),
      Cluster(
        id: "hechuan.cluster.biomed", name: "生物医药", tier: "特色", source: SourceRef(section: "三(二)")),
    ],
    ladders: [
      Ladder(
        id: "hechuan.ladder.smes", name: "梯度培育",
        tiers: [
          LadderTier(
            id: "hechuan.ladder.smes.innovative", name: "创新型中小企业", unit: "家",
            baseline: Figure(value: 120, year: 2022), target: Figure(value: 300, year: 2027),
            source: SourceRef()),
          LadderTier(
            id: "hechuan.ladder.smes.specialised", name: "专精特新", unit: "家",
            baseline: Figure(value: 40), target: Figure(value: 100), source: SourceRef()),
          LadderTier(
            id: "hechuan.ladder.smes.little-giant", name: "“小巨人”", unit: "家",
            baseline: Figure(value: 6), target: Figure(value: 12, year: 2027), qualifiers: ["倍增"],
            source: SourceRef()),
          LadderTier(
            id: "hechuan.ladder.smes.champion", name: "单项冠军", unit: "家", target: Figure(value: 1),
            source: SourceRef()),
        ], source: SourceRef(section: "四(二)"))
    ],
    indicators: [
      Indicator(
        id: "hechuan.indicator.revenue-per-mu", name: "亩均营业收入", category: .land,
        goal: Goal(
          kind: .absolute, direction: .up, unit: "万元/亩", baseline: Figure(value: 320, year: 2022),
          target: Figure(value: 400, year: 2027)),
        source: SourceRef(section: "四(三)", text: "亩均营业收入达400万元以上")),
      Indicator(
        id: "hechuan.indicator.energy", name: "单位增加值能耗", category: .energy,
        goal: Goal(
          kind: .reduction, direction: .down, unit: "%", target: Figure(value: 13, year: 2025),
          baseYear: 2022),
        source: SourceRef(section: "四(四)")),
    ],
    measures: hechuanMeasures)

  static let bazhong = Plan(
    region: Region(id: "bazhong", name: "巴中市", level: .city, province: "四川省"),
    document: PlanDocument(
      title: "中共巴中市委关于坚定推进工业兴市制造强市的决定", titleInText: false, horizon: Horizon(start: 2023, end: 2035)
    ),
    targets: [],
    clusters: [
      Cluster(
        id: "bazhong.cluster.food", name: "食品饮料", tier: "主导", source: SourceRef(section: "(四)")),
      Cluster(
        id: "bazhong.cluster.biomed", name: "生物医药", tier: "主导", source: SourceRef(section: "(四)")),
    ],
    measures: [
      Measure(
        id: "bazhong.measure.biomed", section: nil, position: "(四) ¶3", title: "生物医药产业",
        text: "做强中药材种植与加工。", clusters: ["bazhong.cluster.biomed"], source: SourceRef()),
      Measure(
        id: "bazhong.measure.parks", section: "(十)", title: "建强园区平台", text: "推动园区扩容提质。",
        source: SourceRef()),
    ])

  static let catalog = Catalog(plans: [bazhong, hechuan])

  /// Many measures, to page through.
  static func bigCatalog(measures count: Int) -> Catalog {
    var plan = hechuan
    plan.measures = (0..<count).map { i in
      Measure(
        id: "hechuan.measure.m\(i)", section: "\(i + 1).", title: "措施第\(i)条", text: "正文",
        leadUnits: ["单位\(i % 7)"], source: SourceRef())
    }
    return Catalog(plans: [plan])
  }

  static let themes = ThemeSet(themes: [
    Theme.builtIn, Theme(name: "light", roles: [:]), Theme(name: "mono", roles: [:]),
  ])

  static func engine(
    catalog: Catalog = catalog, snapshot: ProgressSnapshot = ProgressSnapshot(),
    options: DashboardOptions = DashboardOptions(language: .zh),
    width: Int = 160, height: Int = 48
  ) -> (DashboardEngine, InMemoryProgressBackend) {
    let backend = InMemoryProgressBackend(snapshot: snapshot)
    let engine = DashboardEngine(
      catalog: catalog, backend: backend, options: options, themes: themes)
    engine.handle(.resize(width: width, height: height))
    return (engine, backend)
  }

  /// Sends a key script; returns the screen.
  @discardableResult
  static func type(_ engine: DashboardEngine, _ keys: String) -> [String] {
    for key in KeyScript.parse(keys) { engine.handle(.key(key)) }
    return screen(engine)
  }

  static func screen(_ engine: DashboardEngine) -> [String] {
    var buffer = CellBuffer(width: engine.state.width, height: engine.state.height)
    engine.draw(into: &buffer)
    return buffer.lines
  }

  /// The open `a` form, or a failed requirement saying it is not open.
  static func actualForm(_ engine: DashboardEngine) throws -> ActualForm {
    guard case .actual(let form) = engine.state.mode else {
      throw FormNotOpen(mode: "\(engine.state.mode)")
    }
    return form
  }

  struct FormNotOpen: Error, CustomStringConvertible {
    var mode: String
    var description: String { "the a form is not open (mode: \(mode))" }
  }

  static func buffer(_ engine: DashboardEngine) -> CellBuffer {
    var buffer = CellBuffer(width: engine.state.width, height: engine.state.height)
    engine.draw(into: &buffer)
    return buffer
  }
}

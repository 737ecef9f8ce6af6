/// A small valid plan file with an outline (chapters, sections, numbered items and a part
/// the text does not head), line by line, that tests damage one line at a time.
enum OutlinePlan {
  static let lines: [String] = [
    "format: 1",  // 1
    "region: {id: hechuan, name: 合川区, level: 区}",  // 2
    "plan: {title: 行动方案, horizon: {start: 2023, end: 2027}}",  // 3
    "outline:",  // 4
    "  - key: 一",  // 5
    "    number: 一、",  // 6
    "    title: 发展基础",  // 7
    "  - key: 二",  // 8
    "    number: 二、",  // 9
    "    title: 重点任务",  // 10
    "  - key: 二(一)",  // 11
    "    number: (一)",  // 12
    "    title: 聚力打造主导产业集群",  // 13
    "    parent: 二",  // 14
    "  - key: 二(一)1",  // 15
    "    number: 1.",  // 16
    "    title: 汽车零部件",  // 17
    "    parent: 二(一)",  // 18
    "  - key: 二(二)",  // 19
    "    number: (二)",  // 20
    "    title: 培育企业梯队",  // 21
    "    parent: 二",  // 22
    "  - key: P1",  // 23
    "    number: \"\"",  // 24
    "    title: 保障",  // 25
    "    in_text: false",  // 26
    "targets:",  // 27
    "  - id: hechuan.target.revenue",  // 28
    "    metric: 规模以上工业企业营业收入",  // 29
    "    kind: absolute",  // 30
    "    direction: up",  // 31
    "    unit: 亿元",  // 32
    "    target: {value: 1600, year: 2027}",  // 33
    "    source: {heading: 二, text: 营业收入迈上1600亿元台阶}",  // 34
    "measures:",  // 35
    "  - id: hechuan.measure.auto",  // 36
    "    section: 二(一)",  // 37
    "    title: 聚力打造主导产业集群",  // 38
    "    text: 聚力打造主导产业集群。",  // 39
    "    source: {heading: 二(一)1, review: [年份取自节标题]}",  // 40
  ]

  static var text: String { lines.joined(separator: "\n") + "\n" }

  /// The file with line `number` (1-based) replaced.
  static func replacing(line number: Int, with replacement: String) -> String {
    replacing([number: replacement])
  }

  /// The file with several lines replaced, by line number (1-based).
  static func replacing(_ replacements: [Int: String]) -> String {
    var copy = lines
    for (number, replacement) in replacements { copy[number - 1] = replacement }
    return copy.joined(separator: "\n") + "\n"
  }
}

import Dashboard
import PlanModel
import Testing

@Test func printScreens() {
  for (w, h) in [(80, 24), (160, 48), (100, 30)] {
    let (engine, _) = Fixtures.engine(width: w, height: h)
    print(Fixtures.screen(engine).joined(separator: "\n"))
    print(Fixtures.type(engine, "Down 5 Enter").joined(separator: "\n"))
  }
}

import Testing

@Test func placeholderDashboardTests() { #expect(Bool(true)) }

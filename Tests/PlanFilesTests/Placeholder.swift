import Testing

@Test func placeholderPlanFilesTests() { #expect(Bool(true)) }

import Testing

@Test func placeholderProgressStoreTests() { #expect(Bool(true)) }

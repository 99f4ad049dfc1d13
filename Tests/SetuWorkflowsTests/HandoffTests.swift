import Foundation
import Testing

@testable import SetuWorkflows

@Suite("Handoff between a producing thread and the caller")
struct HandoffTests {
    struct Broken: Error, Equatable { let at: Int }

    @Test("every item arrives once, in order, across many batches", arguments: [1, 7, 128])
    func order(batchSize: Int) throws {
        var received: [String] = []
        try Handoff.run(batchSize: batchSize, depth: 2, produce: { emit in
            for number in 0..<5_000 { try emit("वाक्य \(number)") }
        }, consume: { received.append($0) })
        #expect(received == (0..<5_000).map { "वाक्य \($0)" })
    }

    @Test("a producer's error comes after the items it made before failing")
    func producerError() {
        var received: [Int] = []
        #expect(throws: Broken(at: 300)) {
            try Handoff.run(batchSize: 64, produce: { emit in
                for number in 0..<300 { try emit(number) }
                throw Broken(at: 300)
            }, consume: { received.append($0) })
        }
        #expect(received == Array(0..<300))
    }

    @Test("a consumer's error stops the producer before it reads everything")
    func consumerError() {
        let produced = Counter()
        #expect(throws: Broken(at: 10)) {
            try Handoff.run(batchSize: 4, depth: 2, produce: { emit in
                for number in 0..<1_000_000 {
                    produced.increment()
                    try emit(number)
                }
            }, consume: { number in
                if number == 10 { throw Broken(at: 10) }
            })
        }
        // At most the queue's depth of batches beyond the failing one was made.
        #expect(produced.value < 100)
    }

    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        func increment() { lock.withLock { count += 1 } }
        var value: Int { lock.withLock { count } }
    }
}

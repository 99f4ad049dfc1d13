import Foundation

/// Runs a producer on a second thread and hands what it makes, in order, to the calling thread: an import
/// parses and derives keys on one core while the store writes on the other. The results are the same as a
/// single loop's, item for item and in the same order.
///
/// Items travel in batches through a bounded queue, so memory stays constant however long the input.
/// An error on either side stops both: the producer's error is rethrown once the items it made before
/// failing were consumed; the consumer's error stops the producer at its next item and is rethrown.
enum Handoff {
    /// Thrown inside the producer when the consumer has stopped; never escapes `run`.
    struct Stopped: Error {}

    /// - Parameters:
    ///   - produce: runs on a second thread and calls `emit` for each item, in order.
    ///   - consume: runs on the calling thread, once per item, in the order emitted.
    static func run<Item: Sendable>(
        batchSize: Int = 128, depth: Int = 16,
        produce: @escaping @Sendable (_ emit: (Item) throws -> Void) throws -> Void,
        consume: (Item) throws -> Void
    ) throws {
        let channel = Channel<Item>(depth: depth)
        let thread = Thread {
            var batch: [Item] = []
            batch.reserveCapacity(batchSize)
            do {
                try produce { item in
                    batch.append(item)
                    if batch.count >= batchSize {
                        try channel.put(batch)
                        batch.removeAll(keepingCapacity: true)
                    }
                }
                if !batch.isEmpty { try channel.put(batch) }
                channel.finish(nil)
            } catch is Stopped {
                channel.finish(nil)
            } catch {
                // The items made before the failure are handed over first.
                if !batch.isEmpty { try? channel.put(batch) }
                channel.finish(error)
            }
        }
        thread.stackSize = 8 << 20
        thread.start()
        do {
            while let batch = try channel.take() {
                for item in batch { try consume(item) }
            }
        } catch {
            channel.stop()
            throw error
        }
    }

    /// The bounded queue between the two threads.
    private final class Channel<Item>: @unchecked Sendable {
        private let condition = NSCondition()
        private var batches: [[Item]] = []
        private var head = 0
        private let depth: Int
        private var finished = false
        private var failure: (any Error)?
        private var stopped = false

        init(depth: Int) { self.depth = depth }

        func put(_ batch: [Item]) throws {
            condition.lock()
            defer { condition.unlock() }
            while batches.count - head >= depth && !stopped { condition.wait() }
            if stopped { throw Stopped() }
            batches.append(batch)
            condition.broadcast()
        }

        func finish(_ error: (any Error)?) {
            condition.lock()
            finished = true
            failure = error
            condition.broadcast()
            condition.unlock()
        }

        /// The next batch; nil when the producer is done; the producer's error once its batches are taken.
        func take() throws -> [Item]? {
            condition.lock()
            defer { condition.unlock() }
            while head == batches.count && !finished { condition.wait() }
            if head < batches.count {
                let batch = batches[head]
                head += 1
                if head > 64 && head * 2 > batches.count {
                    batches.removeFirst(head)
                    head = 0
                }
                condition.broadcast()
                return batch
            }
            if let failure { throw failure }
            return nil
        }

        /// Stops the producer and waits until it has finished, so nothing runs after `run` returns.
        func stop() {
            condition.lock()
            stopped = true
            condition.broadcast()
            while !finished { condition.wait() }
            condition.unlock()
        }
    }
}

import Foundation

/// A value computed on a thread of its own from the moment it is created, so that a command's other
/// start-up work (opening the store, checking and segmenting the first file) overlaps with building it: a
/// term matcher (or reading it from the glossary cache) takes tens of milliseconds to seconds. Reading
/// `value` waits for it once.
final class BackgroundValue<Value: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var result: Value?

    init(_ make: @escaping @Sendable () -> Value) {
        let thread = Thread { [self] in
            let made = make()
            condition.lock()
            result = made
            condition.broadcast()
            condition.unlock()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// The value, once computed.
    var value: Value {
        condition.lock()
        defer { condition.unlock() }
        while result == nil { condition.wait() }
        return result!
    }
}

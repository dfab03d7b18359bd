import FlyingSocks
import Foundation

/// An event stream as the bytes of a response body: FlyingFox sends a body of unknown length chunked,
/// writing each piece as soon as it is there, which is what server-sent events need.
struct EventBody: AsyncBufferedSequence {
    typealias Element = UInt8

    let messages: AsyncStream<Data>

    func makeAsyncIterator() -> Iterator { Iterator(messages: messages.makeAsyncIterator()) }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var messages: AsyncStream<Data>.Iterator
        var pending: ArraySlice<UInt8> = []

        mutating func next() async -> UInt8? {
            await nextBuffer(suggested: 1)?.first
        }

        /// Waits for the next message; nil when the stream ended (the hub closed or the task was cancelled).
        mutating func nextBuffer(suggested count: Int) async -> ArraySlice<UInt8>? {
            while pending.isEmpty {
                guard let message = await messages.next() else { return nil }
                pending = Array(message)[...]
            }
            let piece = pending.prefix(Swift.max(1, count))
            pending = pending.dropFirst(piece.count)
            return piece
        }
    }
}

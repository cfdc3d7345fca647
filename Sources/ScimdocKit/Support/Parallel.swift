import Dispatch
import Foundation

/// Runs work over many items on all cores, keeping the input order.
public enum Parallel {
  /// `transform` applied to each item, concurrently, results in input order.
  public static func map<T: Sendable, R: Sendable>(
    _ items: [T], threads: Int = ProcessInfo.processInfo.activeProcessorCount,
    _ transform: @Sendable (T) -> R
  ) -> [R] {
    guard items.count > 1, threads > 1 else { return items.map(transform) }
    let results = ResultBox<R>(count: items.count)
    let next = Counter()
    DispatchQueue.concurrentPerform(iterations: min(threads, items.count)) { _ in
      while true {
        let i = next.increment()
        if i >= items.count { break }
        results.set(i, transform(items[i]))
      }
    }
    return results.values()
  }
}

extension Parallel {
  /// `first` and `second` run at the same time (on two threads), and both
  /// results returned.
  public static func both<A: Sendable, B: Sendable>(
    _ first: @Sendable () -> A, _ second: @Sendable () -> B
  ) -> (A, B) {
    let a = ResultBox<A>(count: 1)
    let b = ResultBox<B>(count: 1)
    DispatchQueue.concurrentPerform(iterations: 2) { i in
      if i == 0 { a.set(0, first()) } else { b.set(0, second()) }
    }
    return (a.values()[0], b.values()[0])
  }
}

/// A lock-protected slot array.
private final class ResultBox<R>: @unchecked Sendable {
  private var slots: [R?]
  private let lock = NSLock()

  init(count: Int) { slots = Array(repeating: nil, count: count) }

  func set(_ i: Int, _ value: R) {
    lock.lock()
    slots[i] = value
    lock.unlock()
  }

  /// The results, moved out (the slots are emptied as they are read, so a
  /// large result set is never held twice).
  func values() -> [R] {
    lock.lock()
    defer { lock.unlock() }
    var out: [R] = []
    out.reserveCapacity(slots.count)
    for i in slots.indices {
      if let value = slots[i].take() { out.append(value) }
    }
    slots = []
    return out
  }
}

/// A lock-protected counter handing out indices.
private final class Counter: @unchecked Sendable {
  private var value = -1
  private let lock = NSLock()

  func increment() -> Int {
    lock.lock()
    defer { lock.unlock() }
    value += 1
    return value
  }
}

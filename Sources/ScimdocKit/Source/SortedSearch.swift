extension Array where Element == Int {
  /// The number of values below `x` in this ascending array (a binary
  /// search): the index of the first value at least `x`.
  func countBelow(_ x: Int) -> Int {
    var lo = 0
    var hi = count
    while lo < hi {
      let mid = (lo + hi) / 2
      if self[mid] < x { lo = mid + 1 } else { hi = mid }
    }
    return lo
  }
}

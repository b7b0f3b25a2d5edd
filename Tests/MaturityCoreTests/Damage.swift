/// Small edits a hand or a broken disk makes to a file, for the tests that
/// check a quick reader against its full decoder: one or two of a byte
/// removed, a piece inserted, a byte replaced by a piece's first.
enum Damage {
    static func apply(to bytes: inout [UInt8], pieces: [[UInt8]], random: inout SplitMix) {
        let edits = 1 + Int(random.next() % 2)
        for _ in 0..<edits {
            let at = Int(random.next() % UInt64(bytes.count))
            switch random.next() % 3 {
            case 0: bytes.remove(at: at)
            case 1: bytes.insert(contentsOf: pieces[Int(random.next() % UInt64(pieces.count))], at: at)
            default: bytes[at] = pieces[Int(random.next() % UInt64(pieces.count))].first ?? 0
            }
        }
    }
}

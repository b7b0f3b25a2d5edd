/// Orders ids the way people number criteria: "2" before "10", "1.2" before "1.10".
public func naturalIDLess(_ a: String, _ b: String) -> Bool {
    var left = a.unicodeScalars.makeIterator()
    var right = b.unicodeScalars.makeIterator()
    var l = left.next()
    var r = right.next()
    while let lc = l, let rc = r {
        let ld = ("0"..."9").contains(lc)
        let rd = ("0"..."9").contains(rc)
        if ld && rd {
            var ln = 0, rn = 0
            var lcur: Unicode.Scalar? = lc, rcur: Unicode.Scalar? = rc
            while let c = lcur, ("0"..."9").contains(c) { ln = ln &* 10 &+ Int(c.value - 48); lcur = left.next() }
            while let c = rcur, ("0"..."9").contains(c) { rn = rn &* 10 &+ Int(c.value - 48); rcur = right.next() }
            if ln != rn { return ln < rn }
            l = lcur
            r = rcur
        } else {
            if lc != rc { return lc < rc }
            l = left.next()
            r = right.next()
        }
    }
    return l == nil && r != nil
}

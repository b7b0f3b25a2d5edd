import MaturityCore
@testable import MaturityPresentation
import Testing

/// models.md §6: a figure from which a level or band is read is truncated.
struct FiguresTests {
    @Test func bandTotalsAreTruncatedSoTheShownFigureGivesTheBand() {
        // 80.46 would round to 80.5 and look five-star; the band is read from 80 (a pass).
        #expect(Figures.bandTotal(Fraction(8046, 100)) == "80.4")
        #expect(Figures.bandTotal(Fraction(8050, 100)) == "80.5")
        #expect(Figures.bandTotal(Fraction(485, 8)) == "60.6")
        #expect(Figures.bandTotal(Fraction(65, 8)) == "8.1")
    }

    @Test func meansAndPercentsAreTruncated() {
        #expect(Figures.mean(Fraction(2069, 1000)) == "2.06")   // the 2.07 / 2.06 disagreement of issue 10
        #expect(Figures.mean(Fraction(3)) == "3.00")
        #expect(Figures.percent(Fraction(8996, 100)) == "89.9")  // never 90.0% below a 90% requirement
        #expect(Figures.percentWithSign(Fraction(80)) == "80.0%")
    }

    @Test func deltasAreSigned() {
        #expect(Figures.delta(Fraction(-13, 5), places: 1) == "-2.6")
        #expect(Figures.delta(Fraction(45), places: 0) == "+45")
        #expect(Figures.delta(Fraction(0), places: 1) == "0.0")
        #expect(Figures.delta(Fraction(-1, 100), places: 1) == "0.0")
        #expect(Figures.unsigned(Fraction(2999, 1000), places: 2) == "2.99")
    }

    @Test func kappaHasATrueMinus() {
        #expect(Figures.kappa(-1) == "−1.00")
        #expect(Figures.kappa(0.619771) == "0.62")
        #expect(Figures.kappa(-0.001) == "0.00")
    }

    @Test func progressIsNeverFullBeforeItIs() {
        #expect(TerminalWriter.bar(0.999, width: 10).hasPrefix("[█████████░]"))
        #expect(TerminalWriter.bar(1, width: 4) == "[████] 100%")
    }
}

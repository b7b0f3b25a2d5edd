import CNcursesw

/// How colour roles become ncurses attributes and colour pairs. Called only
/// from `Terminal`, on its actor.
@MainActor
enum TerminalColors {
    /// Pair numbers are the roles' raw values; `normal` uses pair 0 (the
    /// terminal's own colours) and `muted` is dim text rather than a hue,
    /// which reads on both dark and light backgrounds.
    static func setUp() {
        // The terminal's own background, so the wizard does not paint a black
        // box on a light terminal; black if the terminal cannot do that.
        let background: Int16 = use_default_colors() == OK ? -1 : Int16(COLOR_BLACK)
        let foregrounds: [(ColorRole, Int32)] = [
            (.accent, COLOR_CYAN), (.good, COLOR_GREEN), (.warning, COLOR_YELLOW), (.bad, COLOR_RED),
        ]
        for (role, color) in foregrounds {
            init_pair(Int16(role.rawValue), Int16(color), background)
        }
    }

    /// Without colours, roles that call for attention become bold, so a
    /// monochrome screen still ranks them; `good` stays plain.
    static func attributes(for style: Style, colors: Bool) -> (attr_t, Int16) {
        var attributes = ccmm_attr_normal()
        if style.bold { attributes |= ccmm_attr_bold() }
        if style.reverse { attributes |= ccmm_attr_reverse() }
        if style.underline { attributes |= ccmm_attr_underline() }
        if style.dim { attributes |= ccmm_attr_dim() }
        var pair: Int16 = 0
        switch style.role {
        case .normal:
            break
        case .muted:
            attributes |= ccmm_attr_dim()
        case .accent, .good, .warning, .bad:
            if colors {
                pair = Int16(style.role.rawValue)
            } else if style.role != .good {
                attributes |= ccmm_attr_bold()
            }
        }
        return (attributes, pair)
    }
}

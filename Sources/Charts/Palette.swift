/// Colours that pass WCAG 2.1 contrast on white: ≥ 4.5:1 for text colours, ≥ 3:1 for marks, and stay
/// apart in greyscale through line styles and patterns, never colour alone.
public enum Palette {
    /// Text and axis labels (17:1).
    static let text = "#1a1a1a"
    /// Secondary text (7.2:1).
    static let muted = "#575757"
    /// Grid lines: decoration, not information.
    static let grid = "#d9d9d9"
    static let axis = "#767676"

    /// The region: the strongest mark (8.4:1).
    static let region = "#0a4f8a"
    /// The country: dark and dashed so it differs in greyscale too (9.4:1).
    static let country = "#3d3d3d"
    /// Other areas: light marks that recede (3.1:1 against white still meets the mark minimum).
    static let other = "#8c8c8c"
    /// A highlighted area (e.g. the municipality of a card) (5.9:1).
    static let highlight = "#b34700"

    /// Distinct series colours for a few series, all ≥ 3:1 on white.
    static let series = ["#0a4f8a", "#b34700", "#2d6a2e", "#7a2b8c", "#8a1c0b", "#005f66"]

    /// Measure statuses: fill and the pattern that tells them apart without colour.
    static let status: [String: (fill: String, pattern: String?)] = [
        "planned": ("#c9d6e8", "dots"),
        "ongoing": ("#2f6fb3", nil),
        "done": ("#2d6a2e", "lines"),
        "delayed": ("#c2711a", "stripes"),
        "cancelled": ("#8c8c8c", "cross"),
    ]
}

import Foundation

/// The welfare region of a new plan: the name as written (`--region`) and the id made from it,
/// which names `organizations/<id>.yaml` and is what every other file refers to.
public struct RegionName: Sendable, Equatable {
    public let name: String
    public let id: String

    /// The ids the skeleton gives its other organisations; the region's id must differ from them.
    static let takenIDs = ["esimerkkikunta", "koko-maa"]

    public init(_ name: String) throws(ScaffoldError) {
        let name = name.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { throw ScaffoldError("--region is empty; give the welfare region's name, e.g. --region \"Esimerkin hyvinvointialue\"") }
        // The name goes into YAML comments and the README's heading, where a line break would end it.
        guard !name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw ScaffoldError("--region must be written on one line")
        }
        let id = Self.slug(name)
        guard !id.isEmpty else { throw ScaffoldError("--region '\(name)' has no letters or digits to make its id from; write the region's name") }
        guard id.first?.isLetter == true else {
            throw ScaffoldError("--region '\(name)' gives the id '\(id)', which does not start with a letter as ids must; start the name with a letter")
        }
        guard !Self.takenIDs.contains(id) else {
            throw ScaffoldError("--region '\(name)' gives the id '\(id)', which the new plan already uses for another organisation; choose another name")
        }
        self.name = name
        self.id = id
    }

    /// The id rules of the content format: lowercase a–z, digits and single dashes, ä and å → a,
    /// ö → o, anything else → a dash; no dash at either end.
    public static func slug(_ name: String) -> String {
        var id = ""
        for character in name.lowercased() {
            let letter: Character
            switch character {
            case "ä", "å": letter = "a"
            case "ö": letter = "o"
            case _ where character.isASCII && (character.isLetter || character.isNumber): letter = character
            default: letter = "-"
            }
            if letter == "-" && (id.isEmpty || id.hasSuffix("-")) { continue }
            id.append(letter)
        }
        while id.hasSuffix("-") { id.removeLast() }
        return id
    }
}

/// An entity with a Markdown body. Most pages show an entity's title and status, only its own page its
/// body, so reading the body is noted apart (`PlanReads`): editing a measure's text then renders its
/// own pages again, not every list and card that names the measure.
public protocol BodiedEntity: Identifiable where ID == String {
    static var entityKind: EntityKind { get }
    var storedBody: LocalizedMarkdown { get set }
}

extension BodiedEntity {
    public var body: LocalizedMarkdown {
        get {
            PlanReads.note(.body(Self.entityKind, id))
            return storedBody
        }
        set { storedBody = newValue }
    }
}

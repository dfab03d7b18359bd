/// An entity with a Markdown body. Its body is read through `PlanReader.body(of:)`, which notes the
/// read; the property itself is visible only to modules that import PlanModel for loading
/// (`@_spi(Loading)`), so a page cannot read a body without its reader knowing.
public protocol BodiedEntity: Identifiable where ID == String {
    static var entityKind: EntityKind { get }
    @_spi(Loading) var body: LocalizedMarkdown { get set }
}

import PlanModel
import Yams

/// `organizations/<id>.yaml`.
enum OrganizationDecoder {
    static let keys = ["name", "kind", "code", "sotkanet_id", "units", "contacts"]

    static func decode(id: String, _ root: Node?, _ context: FileContext) -> Organization? {
        guard let map = Mapping(root, context, what: "the organisation", allowed: keys, required: ["name", "kind"])
        else { return nil }
        let name = map.text("name")
        let kind = map.choice("kind", as: Organization.Kind.self)
        let code = map.string("code")
        let sotkanetID = map.int("sotkanet_id", in: 0...9_999_999)
        var units: [Organization.Unit] = []
        for node in map.list("units") {
            guard let unitMap = Mapping(node, context, what: "a unit", allowed: ["id", "name"], required: ["id", "name"]),
                  let unitID = unitMap.reference("id"), let unitName = unitMap.text("name") else { continue }
            if units.contains(where: { $0.id == unitID.id }) {
                context.error(.duplicateID, unitMap["id"], "the unit id '\(unitID.id)' is used twice in this organisation")
                continue
            }
            units.append(Organization.Unit(id: unitID.id, name: unitName, location: unitID.location))
        }
        let contacts = map.list("contacts").compactMap { readContact($0, context) }
        guard let name, let kind else { return nil }
        return Organization(id: id, name: name, kind: kind, code: code, sotkanetID: sotkanetID, units: units,
                            contacts: contacts, location: context.fileStart)
    }

    private static func readContact(_ node: Node, _ context: FileContext) -> Organization.Contact? {
        guard let map = Mapping(node, context, what: "a contact", allowed: ["name", "role", "email", "phone", "pair"],
                                required: ["name"]) else { return nil }
        let email = map.string("email").flatMap { EmailAddress.check($0, map["email"], context) }
        guard let name = map.string("name") else { return nil }
        return Organization.Contact(name: name, role: map.text("role"), email: email, phone: map.string("phone"),
                                    pair: map.party("pair"))
    }
}

import Foundation
import PlanModel
import SiteBuilder

/// Loads a plan through the build's public surface, for tests that enumerate its entities.
enum PlanLoaderAccess {
    static func plan(_ content: URL) -> Plan? { SiteBuild(.init(content: content.path)).load().plan }
}

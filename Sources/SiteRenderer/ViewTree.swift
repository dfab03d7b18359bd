/// Turns a view struct into nested dictionaries once, before rendering. Mustache would otherwise
/// reflect the struct with `Mirror` on every single key lookup, which dominated build time.
enum ViewTree {
    /// `fast`: tables and charts become their finished HTML (the `table` and `chart` templates are `{{{.html}}}`).
    static func flatten(_ value: Any, fast: Bool = false) -> Any {
        // Cheapest casts first: a cast to a protocol searches the conformance tables every time.
        switch value {
        case let text as String: return text
        case let number as Int: return number
        case let flag as Bool: return flag
        case let table as [String: String]: return table
        case let table as TableView: return fast ? ["html": TableHTML.render(table), "id": table.id] : table.tree
        case let chart as ChartView where fast: return ["html": ChartHTML.render(chart), "id": chart.id]
        case let cell as CellView: return cell.tree
        default: break
        }
        if let convertible = value as? TreeConvertible { return convertible.tree }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            return mirror.children.first.map { flatten($0.value, fast: fast) } as Any
        case .collection, .set:
            return mirror.children.map { flatten($0.value, fast: fast) }
        case .struct, .class:
            var dictionary: [String: Any] = [:]
            for child in mirror.children {
                guard let label = child.label else { continue }
                let childMirror = Mirror(reflecting: child.value)
                // Leave out nil optionals, as a missing key.
                if childMirror.displayStyle == .optional && childMirror.children.isEmpty { continue }
                dictionary[label] = flatten(child.value, fast: fast)
            }
            return dictionary
        default:
            return value
        }
    }
}

/// Views that appear thousands of times (table cells) build their dictionaries directly, skipping `Mirror`.
protocol TreeConvertible {
    var tree: [String: Any] { get }
}

extension CellView: TreeConvertible {
    var tree: [String: Any] {
        var d: [String: Any] = ["text": text, "numeric": numeric, "missing": missing]
        if let href { d["href"] = href }
        if let lang { d["lang"] = lang }
        if let status { d["status"] = status }
        if let track { d["track"] = track }
        return d
    }
}

extension HeaderView: TreeConvertible {
    var tree: [String: Any] { ["text": text, "numeric": numeric] }
}

extension RowView: TreeConvertible {
    var tree: [String: Any] { ["head": head.tree, "cells": cells.map(\.tree)] }
}

extension TableView: TreeConvertible {
    var tree: [String: Any] { ["id": id, "caption": caption, "headers": headers.map(\.tree), "rows": rows.map(\.tree)] }
}

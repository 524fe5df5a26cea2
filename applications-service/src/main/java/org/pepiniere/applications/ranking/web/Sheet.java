package org.pepiniere.applications.ranking.web;

import java.util.List;

/**
 * One table of an export, already in the caller's language: CSV writes one, XLSX several. A cell is a String, a
 * Number, or null for an empty cell.
 */
record Sheet(String name, List<String> headers, List<List<Object>> rows) {

    Sheet {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }
}

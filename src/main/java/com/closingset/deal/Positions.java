package com.closingset.deal;

import java.util.Map;

/** Where each value of a deal file was read, so a message about a field points at its line and column. */
record Positions(String file, Map<String, int[]> byPath) {

    /** An error at {@code path}: at its value, or at the nearest enclosing group that the file has. */
    InputException error(String path, String problem) {
        String p = path;
        while (!byPath.containsKey(p) && !p.isEmpty()) {
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            p = cut < 0 ? "" : p.substring(0, cut);
        }
        int[] at = byPath.getOrDefault(p, new int[] {0, 0});
        return new InputException(file, at[0], at[1], path, problem);
    }
}

package com.closingset.review;

import com.closingset.deal.InputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A file of a git tree as {@code git ls-tree -r -z} lists it: its object's id, its path in the tree,
 * and whether it is a symbolic link (whose object is the path it leads to). A submodule has no file
 * to write and is left out.
 */
record TreeEntry(String id, String path, boolean link) {
    private static final String LINK = "120000";

    /** The files of one listing, {@code <mode> <type> <id>\t<path>\0} each. */
    static List<TreeEntry> list(String shown, byte[] listing) throws InputException {
        List<TreeEntry> files = new ArrayList<>();
        for (String entry : new String(listing, StandardCharsets.UTF_8).split("\0")) {
            if (entry.isEmpty()) {
                continue;
            }
            int tab = entry.indexOf('\t');
            String[] head = entry.substring(0, Math.max(tab, 0)).split(" ");
            if (tab < 0 || head.length != 3) {
                throw new InputException(shown, 0, 0, "", "git listed it in a form not understood: " + entry);
            }
            if (head[1].equals("blob")) {
                files.add(new TreeEntry(head[2], entry.substring(tab + 1), head[0].equals(LINK)));
            }
        }
        return files;
    }
}

package com.closingset.review;

import com.closingset.deal.InputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A file of a git tree as {@code git ls-tree -r -z} lists it: its object's id and its path in the
 * tree. A submodule has no file to write and is left out; a symbolic link is refused, since the
 * folder it is written to is not where the link was made.
 */
record TreeEntry(String id, String path) {

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
            String path = entry.substring(tab + 1);
            if (head[0].equals("120000")) {
                throw new InputException(shown, 0, 0, "", "holds a symbolic link, " + path + ", which cannot be written out as committed");
            }
            if (head[1].equals("blob")) {
                files.add(new TreeEntry(head[2], path));
            }
        }
        return files;
    }
}

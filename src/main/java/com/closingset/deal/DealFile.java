package com.closingset.deal;

import java.nio.file.Path;

/**
 * A deal file to load, and how messages name it: the path as the user typed it, {@code deal/x.yaml}
 * for a deal of the project, or {@code HEAD~1:deal/x.yaml} for a version read from git.
 */
public record DealFile(Path path, String shown) {
}

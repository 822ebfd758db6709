package com.closingset.review;

import java.nio.file.Path;

/**
 * One side of a redline: a deal file to load, and how messages and the summary name it
 * ({@code deal/x.yaml}, or {@code HEAD~1:deal/x.yaml} for a version read from git).
 */
public record DealSource(String shown, Path file) {
}

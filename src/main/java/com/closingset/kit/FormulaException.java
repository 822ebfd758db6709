package com.closingset.kit;

/** A formula that cannot be parsed or evaluated, said in one line without its place (the caller adds that). */
public final class FormulaException extends Exception {
    public FormulaException(String message) {
        super(message);
    }
}

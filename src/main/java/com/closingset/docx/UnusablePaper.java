package com.closingset.docx;

/**
 * A kit's {@code reference.docx} that cannot be the paper of its Word files: unreadable, or no Word
 * document. A mistake of the kit, said in one line naming the file as the kit's folder shows it.
 */
public final class UnusablePaper extends Exception {
    UnusablePaper(String message, Throwable cause) {
        super(message, cause);
    }
}

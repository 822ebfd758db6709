package com.closingset.assemble;

import java.io.IOException;

/**
 * A template the engine refuses to read (not UTF-8, empty, or reading what changes between builds),
 * as the one line that says where and why. An I/O failure so that FreeMarker's loader passes it on as
 * a template that cannot be loaded, to a render or an {@code <#include>} alike.
 */
final class UnusableTemplate extends IOException {
    UnusableTemplate(String message) {
        super(message);
    }
}

package com.closingset.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.closingset.pipeline.OutputException;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A temporary folder where serve cannot make its lock file is said as that, with the file and the
 * system's reason: not as output that cannot be written, which would send a lawyer to output/.
 */
class AServeLockFileThatCannotBeOpenedIsSaidAsSuchTest {
    @TempDir
    Path dir;

    @Test
    void theLineNamesTheLockFileAndTheReason() {
        Path missing = dir.resolve("no-such-temporary-folder");
        OutputException e = catchThrowableOfType(OutputException.class,
                () -> ServeLock.everyDealOf(missing, dir.resolve("output"), dir.resolve("deal"), "deal"));

        assertThat(e.describe(Path::toString)).matches("cannot open serve's lock file "
                + Pattern.quote(missing.toString()) + "/closingset-serve-[0-9a-f-]{36}\\.lock: no such file or folder");
    }
}

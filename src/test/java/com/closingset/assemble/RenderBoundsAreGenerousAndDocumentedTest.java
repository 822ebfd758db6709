package com.closingset.assemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The bounds of a render are generous — 30 seconds, 10,000,000 characters of Markdown and 1,000
 * nested instructions per document, where the kit's longest document has about 116,000 characters
 * and nests 10 deep — and README.md says so; {@code -Dclosingset.renderSeconds} changes the time.
 */
class RenderBoundsAreGenerousAndDocumentedTest {
    @Test
    void theDefaultsAreTheDocumentedOnes() throws Exception {
        RenderBounds bounds = RenderBounds.fromSystemProperties();
        assertThat(bounds).isEqualTo(new RenderBounds(Duration.ofSeconds(30), 10_000_000, 1_000));
        String readme = Files.readString(Path.of("README.md"));
        assertThat(readme).contains("30 seconds", "10,000,000 characters", "1,000", "-Dclosingset.renderSeconds=");
    }

    @Test
    void theTimeBoundIsASystemProperty() {
        String before = System.getProperty(RenderBounds.TIME_PROPERTY);
        try {
            System.setProperty(RenderBounds.TIME_PROPERTY, "7");
            assertThat(RenderBounds.fromSystemProperties().time()).isEqualTo(Duration.ofSeconds(7));
            System.setProperty(RenderBounds.TIME_PROPERTY, "soon");
            assertThatThrownBy(RenderBounds::fromSystemProperties)
                    .hasMessage("-Dclosingset.renderSeconds must be a whole number of seconds, at least 1, got \"soon\"");
        } finally {
            if (before == null) {
                System.clearProperty(RenderBounds.TIME_PROPERTY);
            } else {
                System.setProperty(RenderBounds.TIME_PROPERTY, before);
            }
        }
    }
}

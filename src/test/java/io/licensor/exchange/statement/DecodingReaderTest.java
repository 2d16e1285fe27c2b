package io.licensor.exchange.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Regression from the statement fuzzing (docs/reliability.md): reading on after the end of the file. */
class DecodingReaderTest {
    @Test
    void readingAgainAfterTheEndGivesTheEndAgainInsteadOfAnIllegalStateException() throws IOException {
        DecodingReader reader = new DecodingReader(
                new ByteArrayInputStream("\"ab".getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8, 0);
        char[] buffer = new char[16];
        assertThat(reader.read(buffer, 0, 16)).isEqualTo(3);
        assertThat(reader.read(buffer, 0, 16)).isEqualTo(-1);
        assertThat(reader.read(buffer, 0, 16)).isEqualTo(-1);
    }
}

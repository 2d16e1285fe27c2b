package io.licensor.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.licensor.model.Portfolio;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Closing compacted (docs/decisions/0120-database-file-size.md) drops the space that batches of inserts left behind
 * in the database file and keeps every record, encrypted files included.
 */
class DatabaseFileSizeTest {
    private static final char[] PASSWORD = "compact me 7".toCharArray();
    private static final GenerateRequest MANY = new GenerateRequest(50, 300, 60_000, 3);

    @TempDir
    Path temp;

    @Test
    void closingCompactedShrinksTheFileAndKeepsEveryRecord() throws Exception {
        Path folder = generated(temp.resolve("p"), null);
        Portfolio written;
        long before = size(folder);
        try (PortfolioService service = PortfolioService.open(folder)) {
            written = service.readSnapshot();
            service.closeCompacted();
        }
        assertThat(size(folder)).isLessThan(before / 2);
        try (PortfolioService reopened = PortfolioService.open(folder)) {
            assertThat(reopened.readSnapshot()).isEqualTo(written);
        }
    }

    @Test
    void anEncryptedFileStaysEncryptedAndWholeWhenCompacted() throws Exception {
        Path folder = generated(temp.resolve("locked"), PASSWORD);
        Portfolio written;
        try (PortfolioService service = PortfolioService.open(folder, PASSWORD)) {
            written = service.readSnapshot();
            service.closeCompacted();
        }
        assertThat(PortfolioEncryption.isEncrypted(folder)).isTrue();
        try (PortfolioService reopened = PortfolioService.open(folder, PASSWORD)) {
            assertThat(reopened.readSnapshot()).isEqualTo(written);
        }
    }

    private static Path generated(Path folder, char[] password) {
        try (PortfolioService service = password == null ? PortfolioService.open(folder)
                : PortfolioService.open(folder, password)) {
            new PortfolioGenerator(service).generate(MANY, GenerateProgress.NONE);
        }
        return folder;
    }

    private static long size(Path folder) throws Exception {
        return Files.size(folder.resolve("licensor.mv.db"));
    }
}

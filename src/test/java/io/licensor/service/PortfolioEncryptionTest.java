package io.licensor.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.licensor.model.Asset;
import io.licensor.model.License;
import io.licensor.persistence.DatabaseEncryption;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Passwords on portfolios: real H2 files encrypted with AES, read back byte by byte. */
class PortfolioEncryptionTest {
    private static final char[] PASSWORD = "correct horse battery".toCharArray();
    private static final char[] OTHER = "Tr0ub4dor&3 ü".toCharArray();

    @TempDir
    Path temp;
    private Path plain;
    private List<String> demoNames;

    @BeforeEach
    void installTheDemoUnencrypted() {
        plain = temp.resolve("plain");
        try (PortfolioService demo = DemoPortfolio.install(plain)) {
            demoNames = new ArrayList<>();
            demo.assets().stream().map(Asset::title).forEach(demoNames::add);
            demo.licenses().stream().map(License::licensee).distinct().forEach(demoNames::add);
        }
    }

    @Test
    void theUnencryptedControlHoldsTheDemoNamesInPlainText() throws IOException {
        assertThat(demoNames).hasSizeGreaterThan(5);
        assertThat(namesFoundIn(plain)).containsExactlyInAnyOrderElementsOf(demoNames);
    }

    @Test
    void aPasswordSetLaterLeavesNoDemoNameInTheFilesAndKeepsEveryRow() throws IOException {
        Path locked = copyOf(plain, "locked");
        Map<String, Long> counts = PortfolioEncryption.changePassword(locked, null, PASSWORD);

        assertThat(PortfolioEncryption.isEncrypted(locked)).isTrue();
        assertThat(namesFoundIn(locked)).isEmpty();
        assertThat(counts.get("ASSET")).isPositive();
        try (PortfolioService opened = PortfolioService.open(locked, PASSWORD);
                PortfolioService control = PortfolioService.open(plain)) {
            assertThat(opened.encrypted()).isTrue();
            assertThat(opened.snapshot()).isEqualTo(control.snapshot());
            assertThat(opened.isDemo()).isTrue();
        }
        assertThat(namesFoundIn(locked)).as("after the app wrote to it again").isEmpty();
    }

    @Test
    void aPortfolioCreatedWithAPasswordIsEncryptedFromItsFirstByte() throws IOException {
        Path created = temp.resolve("created");
        try (PortfolioService service = PortfolioService.open(created, PASSWORD)) {
            service.importPortfolio(DemoPortfolio.bundled());
            assertThat(service.encrypted()).isTrue();
        }
        assertThat(PortfolioEncryption.isEncrypted(created)).isTrue();
        assertThat(namesFoundIn(created)).isEmpty();
    }

    @Test
    void aWrongPasswordIsRefusedAsWrongAndAMissingOneAsMissingWithoutChangingAByte() throws IOException {
        Path locked = copyOf(plain, "locked");
        PortfolioEncryption.changePassword(locked, null, PASSWORD);
        String before = digest(locked);

        assertThatThrownBy(() -> PortfolioService.open(locked, OTHER))
                .isInstanceOfSatisfying(PortfolioPasswordException.class, e -> {
                    assertThat(e.wrongPassword()).isTrue();
                    assertThat(e.getMessage()).contains("password is wrong").contains(locked.toString());
                });
        assertThatThrownBy(() -> PortfolioService.open(locked))
                .isInstanceOfSatisfying(PortfolioPasswordException.class, e -> {
                    assertThat(e.wrongPassword()).isFalse();
                    assertThat(e.getMessage()).contains("protected by a password");
                });
        assertThatThrownBy(() -> PortfolioEncryption.changePassword(locked, OTHER, null))
                .isInstanceOf(PortfolioPasswordException.class);
        assertThat(digest(locked)).isEqualTo(before);
        try (PortfolioService opened = PortfolioService.open(locked, PASSWORD)) {
            assertThat(opened.assets()).isNotEmpty();
        }
    }

    @Test
    void aChangedPasswordReplacesTheOldOneAndARemovedOneLeavesAPlainPortfolio() {
        Path locked = copyOf(plain, "locked");
        PortfolioEncryption.changePassword(locked, null, PASSWORD);
        PortfolioEncryption.changePassword(locked, PASSWORD, OTHER);

        assertThatThrownBy(() -> PortfolioService.open(locked, PASSWORD))
                .isInstanceOf(PortfolioPasswordException.class);
        try (PortfolioService opened = PortfolioService.open(locked, OTHER)) {
            assertThat(opened.assets()).isNotEmpty();
        }
        PortfolioEncryption.changePassword(locked, OTHER, null);
        assertThat(PortfolioEncryption.isEncrypted(locked)).isFalse();
        try (PortfolioService opened = PortfolioService.open(locked);
                PortfolioService control = PortfolioService.open(plain)) {
            assertThat(opened.encrypted()).isFalse();
            assertThat(opened.snapshot()).isEqualTo(control.snapshot());
        }
        assertThat(locked.resolve(DatabaseEncryption.WORK_FOLDER)).doesNotExist();
        assertThat(locked.resolve("licensor.mv.db.before-password-change")).doesNotExist();
    }

    @Test
    void theEncryptionOfAnOpenPortfolioIsNotChanged() throws IOException {
        try (PortfolioService open = PortfolioService.open(plain)) {
            String before = digest(plain);
            assertThatThrownBy(() -> PortfolioEncryption.changePassword(plain, null, PASSWORD))
                    .isInstanceOf(PortfolioInUseException.class);
            assertThat(digest(plain)).isEqualTo(before);
        }
        assertThat(PortfolioEncryption.isEncrypted(plain)).isFalse();
        assertThat(plain.resolve(DatabaseEncryption.WORK_FOLDER)).doesNotExist();
    }

    @Test
    void aPasswordWithSpacesAndAccentsWorksAndAnEmptyOneIsRefused() {
        Path locked = copyOf(plain, "locked");
        char[] spaced = "  two words  and é ".toCharArray();
        PortfolioEncryption.changePassword(locked, null, spaced);
        try (PortfolioService opened = PortfolioService.open(locked, spaced.clone())) {
            assertThat(opened.encrypted()).isTrue();
        }
        assertThatThrownBy(() -> PortfolioEncryption.changePassword(locked, spaced, new char[0]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
    }

    @Test
    void aPasswordGivenForAnUnencryptedPortfolioIsNotUsed() {
        try (PortfolioService opened = PortfolioService.open(plain, PASSWORD)) {
            assertThat(opened.encrypted()).isFalse();
        }
        assertThat(PortfolioEncryption.isEncrypted(plain)).isFalse();
    }

    /** The demo names that occur in any file of the folder, as UTF-8 or UTF-16 bytes. */
    private List<String> namesFoundIn(Path folder) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(f);
                all.append(new String(bytes, StandardCharsets.ISO_8859_1)).append('\0')
                        .append(new String(bytes, StandardCharsets.UTF_8)).append('\0')
                        .append(new String(bytes, StandardCharsets.UTF_16BE)).append('\0')
                        .append(new String(bytes, StandardCharsets.UTF_16LE)).append('\0');
            }
        }
        String text = all.toString();
        return demoNames.stream().filter(text::contains).toList();
    }

    private Path copyOf(Path from, String name) {
        Path to = temp.resolve(name);
        try {
            Files.createDirectories(to);
            Files.copy(from.resolve("licensor.mv.db"), to.resolve("licensor.mv.db"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return to;
    }

    private static String digest(Path folder) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(Files.readAllBytes(folder.resolve("licensor.mv.db"))));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

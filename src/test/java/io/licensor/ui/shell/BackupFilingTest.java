package io.licensor.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.licensor.model.Asset;
import io.licensor.model.AssetType;
import io.licensor.persistence.BackupArchive;
import io.licensor.service.Backups;
import io.licensor.service.PortfolioService;
import io.licensor.ui.common.BackgroundWork;
import io.licensor.ui.testing.Fx;
import io.licensor.ui.testing.ScriptedDialogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** File > Back up... and File > Restore from backup... through the shell's model, with scripted answers. */
class BackupFilingTest {
    @TempDir Path home;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private ShellModel shell;
    private Path folder;

    @BeforeAll
    static void startToolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void shellWithAnOpenPortfolio() {
        folder = home.resolve("p");
        try (PortfolioService s = PortfolioService.open(folder)) {
            s.saveAsset(Asset.of("A1", "In every backup", AssetType.PATENT));
        }
        DesktopSettings settings = DesktopSettings.load(home.resolve("desktop.properties"));
        shell = Fx.call(() -> new ShellModel(dialogs, new BackgroundWork(), settings,
                ShellModel.installedSections()));
        Fx.run(() -> shell.open(folder));
        Fx.waitUntil(() -> shell.service().isPresent() && !shell.work().isRunning());
    }

    @AfterEach
    void closeShell() {
        Fx.run(shell::close);
    }

    @Test
    void backingUpWritesTheZipWhileThePortfolioStaysOpen() {
        Path zip = home.resolve("mine.zip");
        dialogs.answer(Optional.of(zip));
        Fx.run(shell::backUp);
        Fx.waitUntil(() -> shell.noteProperty().get().startsWith("Backed up"));
        assertThat(shell.noteProperty().get()).contains(zip.toString(), "1 assets");
        assertThat(BackupArchive.check(zip).count("assets")).isEqualTo(1);
        assertThat(shell.service()).isPresent();
    }

    @Test
    void restoringReplacesTheOpenPortfolioAndOpensItAgain() {
        Path zip = home.resolve("b.zip");
        PortfolioService open = shell.service().orElseThrow();
        Backups.create(open, zip);
        open.saveAsset(Asset.of("A2", "Only after the backup", AssetType.DESIGN));

        dialogs.answer(Optional.of(zip)).answer(true);
        Fx.run(shell::restore);
        Fx.waitUntil(() -> shell.noteProperty().get().startsWith("Restored"));
        Fx.waitUntil(() -> shell.service().isPresent());
        assertThat(shell.service().orElseThrow().assets()).extracting(Asset::id).containsExactly("A1");
        assertThat(shell.noteProperty().get()).contains("-before-restore.zip");
        assertThat(dialogs.shown()).anyMatch(q -> q.startsWith("Replace the portfolio with the backup made"));
    }

    @Test
    void aBrokenBackupIsRefusedBeforeAnythingIsClosedOrAsked() throws Exception {
        Path zip = Files.writeString(home.resolve("broken.zip"), "not a zip at all");
        dialogs.answer(Optional.of(zip));
        Fx.run(shell::restore);
        Fx.waitUntil(() -> !dialogs.problems().isEmpty());
        assertThat(dialogs.problems().get(0).message()).contains("damaged or cut short");
        assertThat(dialogs.shown()).noneMatch(q -> q.startsWith("Replace the portfolio"));
        assertThat(shell.service().orElseThrow().assets()).hasSize(1);
    }

    @Test
    void answeringNoKeepsThePortfolioOpenAndUnchanged() {
        Path zip = home.resolve("b.zip");
        Backups.create(shell.service().orElseThrow(), zip);
        shell.service().orElseThrow().saveAsset(Asset.of("A2", "Kept", AssetType.DESIGN));
        dialogs.answer(Optional.of(zip)).answer(false);
        Fx.run(shell::restore);
        Fx.waitUntil(() -> dialogs.shown().stream().anyMatch(q -> q.startsWith("Replace the portfolio")));
        Fx.waitUntil(() -> !shell.work().isRunning());
        assertThat(shell.service().orElseThrow().assets()).hasSize(2);
    }

    /** A backup of another portfolio protected by a password: the zip and the portfolio it was made from. */
    private Path protectedBackup() {
        Path zip = home.resolve("locked.zip");
        try (PortfolioService s = PortfolioService.open(home.resolve("locked"), "s3cret".toCharArray())) {
            s.saveAsset(Asset.of("E1", "Encrypted", AssetType.PATENT));
            Backups.create(s, zip);
        }
        return zip;
    }

    @Test
    void aProtectedBackupAsksForItsPasswordAgainWhenWrongAndIsRestoredWithIt() {
        Path zip = protectedBackup();
        dialogs.answer(Optional.of(zip)).answer(Optional.of("wrong".toCharArray()))
                .answer(Optional.of("s3cret".toCharArray())).answer(true);
        Fx.run(shell::restore);
        Fx.waitUntil(() -> shell.noteProperty().get().startsWith("Restored"));
        Fx.waitUntil(() -> shell.service().isPresent());
        assertThat(dialogs.shown()).anyMatch(q -> q.contains("is protected by a password"))
                .anyMatch(q -> q.startsWith("That password does not open the backup"));
        PortfolioService restored = shell.service().orElseThrow();
        assertThat(restored.encrypted()).isTrue();
        assertThat(restored.assets()).extracting(Asset::id).containsExactly("E1");
    }

    @Test
    void cancellingThePasswordOfAProtectedBackupKeepsThePortfolioOpenAndUnchanged() {
        Path zip = protectedBackup();
        dialogs.answer(Optional.of(zip)).answer(Optional.empty());
        Fx.run(shell::restore);
        Fx.waitUntil(() -> shell.noteProperty().get().startsWith("Not restored"));
        assertThat(dialogs.shown()).noneMatch(q -> q.startsWith("Replace the portfolio"));
        assertThat(shell.service().orElseThrow().assets()).extracting(Asset::id).containsExactly("A1");
    }
}

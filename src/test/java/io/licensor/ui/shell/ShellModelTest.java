package io.licensor.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.licensor.model.AssetType;
import io.licensor.model.PortfolioSettings;
import io.licensor.model.Problem;
import io.licensor.service.PortfolioService;
import io.licensor.testing.ChildJvm;
import io.licensor.testing.PortfolioBuilder;
import io.licensor.ui.common.BackgroundWork;
import io.licensor.ui.testing.Fx;
import io.licensor.ui.testing.ScriptedDialogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Currency;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** The main window's model: what opens on start, the File menu's commands, refusals in words. Real portfolios. */
class ShellModelTest {
    @TempDir Path home;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private ShellModel shell;
    private DesktopSettings settings;

    @BeforeAll
    static void startToolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void createShell() {
        settings = DesktopSettings.load(home.resolve("desktop.properties"));
        shell = Fx.call(() -> new ShellModel(dialogs, new BackgroundWork(), settings,
                ShellModel.installedSections()));
    }

    @AfterEach
    void closeShell() {
        Fx.run(shell::close);
    }

    private void idle() {
        Fx.waitUntil(() -> !shell.work().isRunning());
    }

    private Path portfolio(String name, PortfolioBuilder content) {
        Path folder = home.resolve(name);
        try (PortfolioService s = PortfolioService.open(folder)) {
            s.saveSettings(new PortfolioSettings(name, "US", Currency.getInstance("USD")));
            if (content != null) {
                s.importPortfolio(content.settings(name, "US", "USD").build());
            }
        }
        return folder;
    }

    @Test
    void theFirstStartInstallsTheDemoPortfolioInTheDefaultFolder() {
        Path defaultFolder = home.resolve("default");
        Fx.run(() -> shell.start(defaultFolder));
        idle();

        PortfolioService open = shell.service().orElseThrow();
        assertThat(open.folder()).isEqualTo(defaultFolder.toAbsolutePath());
        assertThat(open.isDemo()).isTrue();
        assertThat(open.assets()).isNotEmpty();
        assertThat(shell.titleProperty().get()).startsWith("Licensor - " + open.settings().name())
                .endsWith("(demo)").doesNotContain("(demo) (demo)");
        // sections in navigation order; others join as they are built
        assertThat(shell.sections()).extracting(s -> s.title()).containsSubsequence("Dashboard", "Assets");
        assertThat(shell.selectedSectionProperty().get().title()).isEqualTo("Dashboard");
        assertThat(DesktopSettings.load(settings.file()).lastPortfolio()).contains(defaultFolder.toAbsolutePath());
    }

    @Test
    void laterStartsReopenTheLastPortfolioAndInstallNoDemo() {
        Path mine = portfolio("Mine", null);
        settings.setLastPortfolio(mine);
        Fx.run(() -> shell.start(home.resolve("default")));
        idle();

        assertThat(shell.titleProperty().get()).isEqualTo("Licensor - Mine");
        assertThat(home.resolve("default")).doesNotExist();
    }

    @Test
    void aPortfolioSavedByANewerVersionIsRefusedInWordsNamingItsFolder() throws Exception {
        Path newer = portfolio("Newer", null);
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + newer.toAbsolutePath().resolve("licensor"),
                "licensor", ""); Statement s = c.createStatement()) {
            s.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", "
                    + "\"type\", \"script\", \"checksum\", \"installed_by\", \"installed_on\", \"execution_time\", "
                    + "\"success\") VALUES (99, '999', 'future', 'SQL', 'V999__future.sql', 1, 'licensor', "
                    + "CURRENT_TIMESTAMP, 5, TRUE)");
        }
        Fx.run(() -> shell.open(newer));
        idle();

        assertThat(shell.service()).isEmpty();
        assertThat(dialogs.shown()).singleElement().asString()
                .contains("The portfolio in " + newer.toAbsolutePath() + " cannot be opened")
                .contains("newer version of Licensor")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aPortfolioOpenInAnotherProgramIsRefusedNamingItsFolder() throws Exception {
        Path busy = portfolio("Busy", null);
        try (ChildJvm child = ChildJvm.start(home.resolve("child.err"), "hold", busy)) {
            child.await("open", 30);
            Fx.run(() -> shell.open(busy));
            idle();
        }
        assertThat(shell.service()).isEmpty();
        assertThat(dialogs.shown()).singleElement().asString()
                .contains(busy.toAbsolutePath().toString()).contains("open elsewhere")
                .doesNotContain("Exception");
    }

    @Test
    void aNewPortfolioNeedsAnEmptyFolderAndStartsEmpty() throws Exception {
        Path cluttered = Files.createDirectories(home.resolve("cluttered"));
        Files.writeString(cluttered.resolve("notes.txt"), "mine");
        dialogs.answer(Optional.of(cluttered));
        Fx.run(shell::newPortfolio);
        assertThat(dialogs.shown()).last().asString().contains("already holds other files");
        assertThat(cluttered.resolve("licensor.mv.db")).doesNotExist();

        Path fresh = home.resolve("Fresh start");
        dialogs.answer(Optional.of(fresh)).answer(Optional.of(new char[0]));
        Fx.run(shell::newPortfolio);
        idle();

        PortfolioService open = shell.service().orElseThrow();
        assertThat(open.folder()).isEqualTo(fresh.toAbsolutePath());
        assertThat(open.isEmpty()).isTrue();
        assertThat(shell.titleProperty().get()).isEqualTo("Licensor - Fresh start");
    }

    @Test
    void aRefusedImportListsEveryProblemWithItsJsonPathAndWritesNothing() throws Exception {
        Path empty = portfolio("Empty", null);
        Fx.run(() -> shell.open(empty));
        idle();
        Path file = home.resolve("broken.json");
        Files.writeString(file, """
                {"format": "licensor-portfolio", "version": 1, "name": "Broken", "reportingCurrency": "USD",
                 "assets": [{"id": "A1", "title": "X", "type": "SOFTWARE", "createdOn": "2024-02-30"},
                            {"id": "A1", "title": "Y", "type": "PATNET"}],
                 "licenses": [], "receipts": [], "enforcement": [], "fxRates": []}
                """);
        dialogs.answer(Optional.of(file));
        Fx.run(shell::importFile);
        idle();

        assertThat(dialogs.shown()).last().asString().contains("was not imported; nothing was changed");
        assertThat(dialogs.problems()).extracting(Problem::where)
                .contains("assets[0].createdOn", "assets[1].type");
        assertThat(shell.service().orElseThrow().isEmpty()).isTrue();
    }

    @Test
    void anImportIntoAPortfolioWithDataGoesIntoANewPortfolioAndOpensIt() throws Exception {
        Path full = portfolio("Full", new PortfolioBuilder().asset("A1", AssetType.PATENT));
        Path source = portfolio("Source", new PortfolioBuilder().fullAsset("A1").asset("A2", AssetType.DATASET));
        Path file = home.resolve("source.json");
        try (PortfolioService s = PortfolioService.open(source)) {
            io.licensor.service.PortfolioFiles.exportTo(s, file);
        }
        Fx.run(() -> shell.open(full));
        idle();

        Path target = home.resolve("Imported");
        dialogs.answer(Optional.of(file)).answer(Optional.of(target));
        Fx.run(shell::importFile);
        idle();

        PortfolioService open = shell.service().orElseThrow();
        assertThat(open.folder()).isEqualTo(target.toAbsolutePath());
        assertThat(open.assets()).extracting(a -> a.id()).containsExactly("A1", "A2");
        assertThat(shell.titleProperty().get()).isEqualTo("Licensor - Source");
    }

    @Test
    void exportWritesThePortfolioFileAndSaysWhere() throws Exception {
        Path mine = portfolio("Mine", new PortfolioBuilder().fullAsset("A1"));
        Fx.run(() -> shell.open(mine));
        idle();
        Path file = home.resolve("out/mine.json");
        Files.createDirectories(file.getParent());
        dialogs.answer(Optional.of(file));
        Fx.run(shell::exportFile);
        idle();

        assertThat(Files.readString(file)).contains("\"licensor-portfolio\"").contains("Full asset A1");
        assertThat(shell.noteProperty().get()).contains(file.toString());
    }
}

package io.licensor.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.licensor.model.AssetType;
import io.licensor.service.PortfolioService;
import io.licensor.testing.PortfolioBuilder;
import io.licensor.ui.assets.AssetsSection;
import io.licensor.ui.common.Destination;
import io.licensor.ui.common.Section;
import io.licensor.ui.dashboard.DashboardSection;
import io.licensor.ui.licenses.LicensesSection;
import io.licensor.ui.testing.ScriptedDialogs;
import io.licensor.ui.testing.TestWindows;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Decision 0110 in the real main window on a real H2 portfolio: a section's view, controller and model are built on
 * its first visit, whether the user clicks it in the navigation or a link sends them there.
 */
@ExtendWith(ApplicationExtension.class)
class LazySectionsFxTest {
    @TempDir static Path home;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private ShellModel shell;

    @Start
    void start(Stage stage) throws Exception {
        Path folder = Files.createTempDirectory(home, "portfolio");
        try (PortfolioService service = PortfolioService.open(folder)) {
            service.importPortfolio(new PortfolioBuilder().fullAsset("A1").asset("A2", AssetType.SOFTWARE)
                    .asset("A3", AssetType.PATENT).license("L1", "EUR", "A1").license("L2", "USD", "A2").build());
        }
        shell = TestWindows.show(stage, dialogs, home.resolve("settings"));
        shell.open(folder);
    }

    @AfterEach
    void closePortfolio() throws Exception {
        TestWindows.close(shell);
    }

    private void waitForPortfolio() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> shell.service().isPresent() && !shell.work().isRunning());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<Section> sections() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> List.copyOf(shell.sections())).get(10, TimeUnit.SECONDS);
    }

    /** The titles of the sections not built yet. */
    private List<String> notBuilt() throws Exception {
        return sections().stream().filter(s -> s instanceof LazySection lazy && !lazy.isBuilt()).map(Section::title)
                .toList();
    }

    @Test
    void onlyTheDashboardIsBuiltWhenThePortfolioOpens() throws Exception {
        waitForPortfolio();

        assertThat(sections()).extracting(Section::title).containsExactly("Dashboard", "Assets", "Licenses",
                "Receipts", "Enforcement", "Scenarios", "Settings");
        assertThat(sections().get(0)).isInstanceOf(DashboardSection.class);
        assertThat(notBuilt()).containsExactly("Assets", "Licenses", "Receipts", "Enforcement", "Scenarios",
                "Settings");
    }

    @Test
    void clickingASectionInTheNavigationBuildsItAndItShowsThePortfolio(FxRobot robot) throws Exception {
        waitForPortfolio();

        robot.clickOn("Licenses");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !shell.work().isRunning());
        WaitForAsyncUtils.waitForFxEvents();

        Section shown = WaitForAsyncUtils.asyncFx(() -> shell.selectedSectionProperty().get()).get();
        assertThat(shown).isInstanceOf(LicensesSection.class);
        assertThat(sections().get(2)).isSameAs(shown);
        assertThat(robot.lookup(".license-table").queryAs(TableView.class).getItems()).hasSize(2);
        assertThat(notBuilt()).containsExactly("Assets", "Receipts", "Enforcement", "Scenarios", "Settings");

        // a second visit shows the same section, not a new one
        robot.clickOn("Dashboard");
        robot.clickOn("Licenses");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WaitForAsyncUtils.asyncFx(() -> shell.selectedSectionProperty().get()).get()).isSameAs(shown);
    }

    @Test
    void aNavigatorLinkBuildsTheSectionItLeadsToAndSelectsTheItemThere(FxRobot robot) throws Exception {
        waitForPortfolio();
        assertThat(notBuilt()).contains("Assets");

        boolean went = WaitForAsyncUtils.asyncFx(() -> shell.contextProperty().get().navigator()
                .go(Destination.asset("A2"))).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !shell.work().isRunning());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(went).isTrue();
        AssetsSection assets = (AssetsSection) WaitForAsyncUtils.asyncFx(
                () -> shell.selectedSectionProperty().get()).get();
        assertThat(assets.model().editor().currentProperty().get().id()).isEqualTo("A2");
        assertThat(robot.lookup(".asset-table").queryAs(TableView.class).getItems()).hasSize(3);
        assertThat(notBuilt()).doesNotContain("Assets").contains("Licenses");
    }

    @Test
    void askingTheSectionsBeforeLeavingTheirPortfolioBuildsNone() throws Exception {
        waitForPortfolio();

        boolean mayLeave = WaitForAsyncUtils.asyncFx(() -> shell.confirmLeave("open another portfolio")).get();
        boolean linkOffered = WaitForAsyncUtils.asyncFx(() -> shell.contextProperty().get().navigator()
                .canGo(Destination.Kind.ASSET)).get();

        assertThat(mayLeave).isTrue();
        assertThat(linkOffered).isTrue();
        assertThat(notBuilt()).hasSize(6);
    }
}

package io.licensor.ui.licenses;

import static org.assertj.core.api.Assertions.assertThat;

import io.licensor.model.Asset;
import io.licensor.model.AssetType;
import io.licensor.model.License;
import io.licensor.model.RoyaltyTerms;
import io.licensor.service.PortfolioService;
import io.licensor.testing.PortfolioBuilder;
import io.licensor.ui.shell.ShellModel;
import io.licensor.ui.testing.ScriptedDialogs;
import io.licensor.ui.testing.TestWindows;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableColumn;
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
 * Sorting the licenses table (in the background since it reads immutable statuses and summaries) by the columns the
 * FX thread's data feed: the order is right and the selected license stays selected, in the real main window.
 */
@ExtendWith(ApplicationExtension.class)
class LicensesSortFxTest {
    private static final LocalDate TODAY = LocalDate.now();
    @TempDir static Path home;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private ShellModel shell;

    @Start
    void start(Stage stage) throws Exception {
        Path folder = Files.createTempDirectory(home, "portfolio");
        try (PortfolioService service = PortfolioService.open(folder)) {
            service.importPortfolio(new PortfolioBuilder()
                    .asset(Asset.of("A1", "Invoice OCR library", AssetType.SOFTWARE))
                    .license(license("L1", TODAY.minusYears(1), TODAY.minusDays(10)))
                    .license(license("L2", TODAY.minusYears(1), TODAY.plusYears(2)))
                    .license(license("L3", TODAY.plusDays(30), TODAY.plusYears(3)))
                    .license(license("L4", TODAY.minusYears(1), TODAY.plusDays(20)))
                    .license(license("L5", TODAY.minusYears(2), TODAY.minusDays(400)))
                    .build());
        }
        shell = TestWindows.show(stage, dialogs, home.resolve("settings"));
        shell.open(folder);
    }

    private static License license(String id, LocalDate start, LocalDate end) {
        return new License(id, "Licensee " + id, "DE", List.of("A1"), start, end, false, "EU", null, null,
                RoyaltyTerms.flat("EUR", start, "0.08"));
    }

    @AfterEach
    void closePortfolio() throws Exception {
        TestWindows.close(shell);
    }

    private TableView<License> openLicenses() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shell.service().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> shell.showSection("Licenses")).get(10, TimeUnit.SECONDS);
        LicensesSection section = (LicensesSection) shell.selectedSectionProperty().get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !shell.work().isRunning()
                && !section.controller().sorting().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        return section.controller().table();
    }

    private void sortBy(FxRobot robot, TableView<License> table, String title, TableColumn.SortType type) {
        robot.interact(() -> {
            TableColumn<License, ?> column = table.getColumns().stream().filter(c -> c.getText().equals(title))
                    .findFirst().orElseThrow();
            column.setSortType(type);
            table.getSortOrder().setAll(List.of(column));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<String> ids(TableView<License> table) {
        return table.getItems().stream().map(License::id).toList();
    }

    @Test
    void sortingByStatusOrdersActiveEndingUpcomingExpiredAndKeepsTheSelectedLicense(FxRobot robot)
            throws Exception {
        TableView<License> table = openLicenses();
        assertThat(ids(table)).containsExactlyInAnyOrder("L1", "L2", "L3", "L4", "L5");
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(l -> l.id().equals("L3")).findFirst().orElseThrow()));

        sortBy(robot, table, "Status", TableColumn.SortType.ASCENDING);

        // active, ending in 20 days, starting in 30 days, expired 10 days ago, expired 400 days ago
        assertThat(ids(table)).containsExactly("L2", "L4", "L3", "L1", "L5");
        assertThat(table.getSelectionModel().getSelectedItem().id()).isEqualTo("L3");
        assertThat(table.getSelectionModel().getSelectedIndex()).isEqualTo(2);

        sortBy(robot, table, "Status", TableColumn.SortType.DESCENDING);

        assertThat(ids(table)).containsExactly("L5", "L1", "L3", "L4", "L2");
        assertThat(table.getSelectionModel().getSelectedItem().id()).isEqualTo("L3");
    }

    @Test
    void aSavedEditKeepsTheSortAndTheEditedLicenseSelected(FxRobot robot) throws Exception {
        TableView<License> table = openLicenses();
        sortBy(robot, table, "ID", TableColumn.SortType.DESCENDING);
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(l -> l.id().equals("L4")).findFirst().orElseThrow()));
        LicensesSection section = (LicensesSection) shell.selectedSectionProperty().get();

        robot.interact(() -> {
            section.model().editor().form().licenseeProperty().set("Renamed GmbH");
            section.model().editor().save();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !shell.work().isRunning()
                && !section.controller().sorting().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(ids(table)).containsExactly("L5", "L4", "L3", "L2", "L1");
        assertThat(table.getSelectionModel().getSelectedItem().licensee()).isEqualTo("Renamed GmbH");
        assertThat(table.getSelectionModel().getSelectedItem().id()).isEqualTo("L4");
    }
}

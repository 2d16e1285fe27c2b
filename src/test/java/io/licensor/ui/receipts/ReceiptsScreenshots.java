package io.licensor.ui.receipts;

import io.licensor.ui.common.SectionProvider;
import io.licensor.ui.shell.ShellModel;
import io.licensor.ui.testing.Headless;
import io.licensor.ui.testing.Snapshots;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import javafx.application.Platform;

/**
 * Takes docs/images/receipts.png: the demo portfolio's receipts of license L1 with the under-paid Q2 2025 selected,
 * as of 2026-11-27 (the day the demo is written for). Run: {@code mvn -q -DskipTests test-compile exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=io.licensor.ui.receipts.ReceiptsScreenshots [-Dexec.args=docs/images]}
 */
public final class ReceiptsScreenshots {
    static final Clock DEMO_DAY = Clock.fixed(LocalDate.of(2026, 11, 27).atTime(12, 0).toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC);

    private ReceiptsScreenshots() {}

    public static void main(String[] args) throws Exception {
        Headless.configure();
        Path out = Path.of(args.length > 0 ? args[0] : "docs/images");
        Platform.startup(() -> { });
        Platform.setImplicitExit(false); // closing one picture's window must not stop JavaFX before the next
        try {
            Snapshots.write(SectionShots.take(Files.createTempDirectory("licensor-shots"), providers(), "Receipts",
                    section -> {
                        ReceiptsModel model = ((ReceiptsSection) section).model();
                        model.licenseFilterProperty().set("L1");
                        model.editor().select("R7");
                    }), out.resolve("receipts.png"));
            if (args.length > 1 && args[1].equals("review")) {
                // every license in the dark theme, to look at; not part of the documentation
                Snapshots.write(SectionShots.take(Files.createTempDirectory("licensor-shots"), providers(),
                        "Receipts", section -> {
                            io.licensor.ui.shell.Theme.apply(section.view().getScene(), true);
                            ((ReceiptsSection) section).model().editor().select("R49");
                        }), out.resolve("receipts-all-dark.png"));
            }
        } finally {
            Platform.exit();
        }
    }

    /** The installed sections, with the Receipts section's clock pinned to the demo's day. */
    static List<SectionProvider> providers() {
        return ShellModel.installedSections().stream()
                .map(p -> p instanceof ReceiptsSection.Provider ? new ReceiptsSection.Provider(DEMO_DAY) : p)
                .toList();
    }
}

package io.licensor.ui.enforcement;

import io.licensor.ui.common.SectionProvider;
import io.licensor.ui.receipts.ReceiptsSection;
import io.licensor.ui.receipts.SectionShots;
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
 * Takes docs/images/enforcement.png: the demo portfolio's enforcement costs with the totals per asset and the
 * takedown notices of A9 open, as of 2026-11-27. Run: {@code mvn -q -DskipTests test-compile exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=io.licensor.ui.enforcement.EnforcementScreenshots
 * [-Dexec.args=docs/images]}
 */
public final class EnforcementScreenshots {
    static final Clock DEMO_DAY = Clock.fixed(LocalDate.of(2026, 11, 27).atTime(12, 0).toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC);

    private EnforcementScreenshots() {}

    public static void main(String[] args) throws Exception {
        Headless.configure();
        Path out = Path.of(args.length > 0 ? args[0] : "docs/images");
        Platform.startup(() -> { });
        Platform.setImplicitExit(false); // closing one picture's window must not stop JavaFX before the next
        try {
            Snapshots.write(SectionShots.take(Files.createTempDirectory("licensor-shots"), providers(),
                    "Enforcement", section -> ((EnforcementSection) section).model().editor().select("E5")),
                    out.resolve("enforcement.png"));
        } finally {
            Platform.exit();
        }
    }

    /** The installed sections, with the clocks pinned to the demo's day. */
    static List<SectionProvider> providers() {
        return ShellModel.installedSections().stream()
                .map(p -> p instanceof ReceiptsSection.Provider ? new ReceiptsSection.Provider(DEMO_DAY) : p)
                .map(p -> p instanceof EnforcementSection.Provider ? new EnforcementSection.Provider(DEMO_DAY) : p)
                .toList();
    }
}

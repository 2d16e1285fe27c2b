package io.licensor.cli;

import io.licensor.service.DataFolders;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --portfolio DIR} option every portfolio command shares (shared/spec/cli.md). */
public final class PortfolioOption {
    @Option(names = "--portfolio", paramLabel = "DIR",
            description = "The portfolio folder. Default: $LICENSOR_PORTFOLIO, else the platform's data folder "
                    + "+ /default (~/.local/share/licensor/default on Linux).")
    private Path portfolio;

    /** The folder given, or the default portfolio folder. */
    public Path folder() {
        return portfolio != null ? portfolio : DataFolders.defaultPortfolio();
    }
}

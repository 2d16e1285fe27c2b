package io.licensor.service;

import java.nio.file.Path;

/** The portfolio was saved by a newer version of Licensor; it was left untouched. */
public class PortfolioTooNewException extends PortfolioOpenException {
    private static final long serialVersionUID = 1L;

    public PortfolioTooNewException(Path folder, String portfolioVersion, String appVersion, Throwable cause) {
        super(folder, "The portfolio in " + folder + " was saved by a newer version of Licensor (data format "
                + portfolioVersion + "; this version reads up to " + appVersion + "). It was left untouched: "
                + "open it with the newer version, or export it there and import the file here.", cause);
    }
}

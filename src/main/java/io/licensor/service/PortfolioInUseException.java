package io.licensor.service;

import java.nio.file.Path;

/** The portfolio folder is open in another Licensor window or command. */
public class PortfolioInUseException extends PortfolioOpenException {
    private static final long serialVersionUID = 1L;

    public PortfolioInUseException(Path folder, Throwable cause) {
        super(folder, "The portfolio in " + folder + " is open in another Licensor window or command. "
                + "Close it there first, or open another portfolio.", cause);
    }
}

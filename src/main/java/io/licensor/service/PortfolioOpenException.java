package io.licensor.service;

import java.nio.file.Path;

/** A portfolio folder that cannot be opened, with a message a person can act on. */
public class PortfolioOpenException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Path folder;

    public PortfolioOpenException(Path folder, String message, Throwable cause) {
        super(message, cause);
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }
}

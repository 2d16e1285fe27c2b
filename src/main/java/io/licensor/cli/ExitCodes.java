package io.licensor.cli;

import io.licensor.model.InputRejectedException;
import io.licensor.service.PortfolioInUseException;

/** The exit codes of shared/spec/cli.md. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int BAD_INPUT = 2;
    public static final int IN_USE = 3;

    private ExitCodes() {}

    static int forException(Throwable ex) {
        if (ex instanceof InputRejectedException) {
            return BAD_INPUT;
        }
        if (ex instanceof PortfolioInUseException) {
            return IN_USE;
        }
        return FAILURE;
    }
}

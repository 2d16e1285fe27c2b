package io.licensor.cli;

import io.licensor.model.InputRejectedException;
import io.licensor.service.PortfolioInUseException;
import io.licensor.service.PortfolioPasswordException;

/** The exit codes of shared/spec/cli.md. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int BAD_INPUT = 2;
    public static final int IN_USE = 3;
    /** The portfolio is protected by a password and none or a wrong one was given (docs/decisions/0088). */
    public static final int PASSWORD = 4;

    private ExitCodes() {}

    static int forException(Throwable ex) {
        if (ex instanceof InputRejectedException) {
            return BAD_INPUT;
        }
        if (ex instanceof PortfolioInUseException) {
            return IN_USE;
        }
        if (ex instanceof PortfolioPasswordException) {
            return PASSWORD;
        }
        return FAILURE;
    }
}

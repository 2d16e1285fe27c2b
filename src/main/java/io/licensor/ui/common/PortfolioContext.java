package io.licensor.ui.common;

import io.licensor.service.PortfolioService;
import java.util.Objects;

/**
 * What a section gets to work with while a portfolio is open: the service, the user's dialogs, the shared undo list
 * and the background worker. Lives as long as the portfolio stays open.
 */
public record PortfolioContext(PortfolioService service, Dialogs dialogs, UndoStack undo, BackgroundWork work) {
    public PortfolioContext {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(dialogs, "dialogs");
        Objects.requireNonNull(undo, "undo");
        Objects.requireNonNull(work, "work");
    }
}

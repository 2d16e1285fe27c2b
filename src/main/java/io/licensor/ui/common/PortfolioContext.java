package io.licensor.ui.common;

import io.licensor.service.PortfolioService;
import java.util.Objects;

/**
 * What a section gets to work with while a portfolio is open: the service, the user's dialogs, the shared undo list,
 * the background worker and the way to other sections. Lives as long as the portfolio stays open.
 */
public record PortfolioContext(PortfolioService service, Dialogs dialogs, UndoStack undo, BackgroundWork work,
        Navigator navigator) {
    public PortfolioContext {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(dialogs, "dialogs");
        Objects.requireNonNull(undo, "undo");
        Objects.requireNonNull(work, "work");
        Objects.requireNonNull(navigator, "navigator");
    }

    /** A context whose sections cannot send the user elsewhere (a section shown on its own). */
    public PortfolioContext(PortfolioService service, Dialogs dialogs, UndoStack undo, BackgroundWork work) {
        this(service, dialogs, undo, work, Navigator.NOWHERE);
    }
}

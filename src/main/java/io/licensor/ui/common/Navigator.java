package io.licensor.ui.common;

/**
 * Sends the user to another section with an item selected ("open L5" from a dashboard's risk flag). The shell
 * implements it; sections reach it through {@link PortfolioContext#navigator()}.
 */
public interface Navigator {

    /** A navigator that can go nowhere (for sections shown on their own, e.g. in tests). */
    Navigator NOWHERE = new Navigator() {
        @Override
        public boolean canGo(Destination.Kind kind) {
            return false;
        }

        @Override
        public boolean go(Destination destination) {
            return false;
        }
    };

    /** True when some section shows destinations of {@code kind}, so a link there can be offered. */
    boolean canGo(Destination.Kind kind);

    /**
     * Shows the first section that can show {@code destination} and selects it there. False when no section can
     * (e.g. there is no licenses section yet): the caller then offers something else.
     */
    boolean go(Destination destination);
}

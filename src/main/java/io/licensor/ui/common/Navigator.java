package io.licensor.ui.common;

/**
 * Sends the user to another section with an item selected ("open L5" from a dashboard's risk flag). The shell
 * implements it; sections reach it through {@link PortfolioContext#navigator()}.
 */
@FunctionalInterface
public interface Navigator {

    /** A navigator that can go nowhere (for sections shown on their own, e.g. in tests). */
    Navigator NOWHERE = destination -> false;

    /**
     * Shows the first section that can show {@code destination} and selects it there. False when no section can
     * (e.g. there is no licenses section yet): the caller then offers something else.
     */
    boolean go(Destination destination);

    /** True when some section can show destinations of this kind (so a link or button to them is worth offering). */
    default boolean canGo(Destination.Kind kind) {
        return false;
    }
}

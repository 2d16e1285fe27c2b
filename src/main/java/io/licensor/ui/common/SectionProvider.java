package io.licensor.ui.common;

import org.kordamp.ikonli.Ikon;

/**
 * Makes a section for an open portfolio. Sections register themselves by listing their provider in
 * {@code META-INF/services/io.licensor.ui.common.SectionProvider}; the shell loads them with ServiceLoader and shows
 * them in {@link #order()} (Dashboard 10, Assets 20, Licenses 30, Receipts 40, Enforcement 50, Scenarios 60,
 * Settings 90), so a new section needs no change to the shell.
 *
 * <p>The shell builds a section only when it is first visited (decision 0110): until then the navigation shows the
 * provider's {@link #title()} and {@link #icon()}, and links ask the provider's {@link #canShow}. These must answer
 * exactly as the built section would.
 */
public interface SectionProvider {

    int order();

    /** The word in the navigation, the same as the built section's {@link Section#title()}. */
    String title();

    /** The navigation's icon, the same as the built section's {@link Section#icon()}. */
    Ikon icon();

    /** The same answer as the built section's {@link Section#canShow}, known without building it. */
    default boolean canShow(Destination.Kind kind) {
        return false;
    }

    Section create(PortfolioContext context);
}

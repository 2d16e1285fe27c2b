package io.licensor.ui.common;

/**
 * Makes a section for an open portfolio. Sections register themselves by listing their provider in
 * {@code META-INF/services/io.licensor.ui.common.SectionProvider}; the shell loads them with ServiceLoader and shows
 * them in {@link #order()} (Dashboard 10, Assets 20, Licenses 30, Receipts 40, Enforcement 50, Scenarios 60,
 * Settings 90), so a new section needs no change to the shell.
 */
public interface SectionProvider {

    int order();

    Section create(PortfolioContext context);
}

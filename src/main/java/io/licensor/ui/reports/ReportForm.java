package io.licensor.ui.reports;

import io.licensor.model.Portfolio;
import io.licensor.service.Reports;
import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What File > Export report... asks for, as a presentation model without nodes: which report, about which license
 * or asset, the range of period ends (statement) or the as-of date (asset report). It checks the choices, suggests
 * a file name and renders the PDF through {@link Reports}.
 */
public final class ReportForm {
    /** The two reports. */
    public enum Kind { STATEMENT, ASSET }

    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(Kind.STATEMENT);
    private final ObjectProperty<String> licenseId = new SimpleObjectProperty<>();
    private final ObjectProperty<String> assetId = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>();
    private final LocalDate today;

    public ReportForm(LocalDate today) {
        this.today = today;
        to.set(today);
        asOf.set(today);
    }

    public ObjectProperty<Kind> kindProperty() {
        return kind;
    }

    public ObjectProperty<String> licenseIdProperty() {
        return licenseId;
    }

    public ObjectProperty<String> assetIdProperty() {
        return assetId;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<LocalDate> asOfProperty() {
        return asOf;
    }

    /** What stops the report from being made, in words; empty when it can be made. */
    public Optional<String> problem() {
        if (kind.get() == Kind.STATEMENT) {
            if (licenseId.get() == null) {
                return Optional.of("Choose the license whose statement to write.");
            }
            if (from.get() != null && to.get() != null && from.get().isAfter(to.get())) {
                return Optional.of("The range starts after it ends.");
            }
            return Optional.empty();
        }
        return assetId.get() == null ? Optional.of("Choose the asset to report on.") : Optional.empty();
    }

    /** {@code statement-L1-2025-01-01-2025-12-31.pdf} or {@code asset-A1-2026-11-27.pdf}. */
    public String suggestedFileName() {
        if (kind.get() == Kind.STATEMENT) {
            return "statement-" + licenseId.get() + (from.get() == null ? "" : "-" + from.get()) + "-" + endOfRange()
                    + ".pdf";
        }
        return "asset-" + assetId.get() + "-" + asOfDate() + ".pdf";
    }

    private LocalDate endOfRange() {
        return to.get() == null ? today : to.get();
    }

    private LocalDate asOfDate() {
        return asOf.get() == null ? today : asOf.get();
    }

    /** The chosen report as PDF bytes; pure, so it runs off the FX thread. */
    public byte[] render(Portfolio portfolio) {
        if (kind.get() == Kind.STATEMENT) {
            return Reports.statementPdf(Reports.statement(portfolio, licenseId.get(), from.get(), endOfRange(),
                    today));
        }
        return Reports.assetPdf(Reports.asset(portfolio, assetId.get(), asOfDate()));
    }

    /** A copy of the choices, so the background work does not read properties the dialog may still change. */
    public ReportForm copy() {
        ReportForm c = new ReportForm(today);
        c.kind.set(kind.get());
        c.licenseId.set(licenseId.get());
        c.assetId.set(assetId.get());
        c.from.set(from.get());
        c.to.set(to.get());
        c.asOf.set(asOf.get());
        return c;
    }
}

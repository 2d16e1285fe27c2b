package io.licensor.ui.receipts;

import io.licensor.model.License;
import io.licensor.model.PortfolioSettings;
import io.licensor.model.Portfolio;
import io.licensor.service.LicenseReconciliation;
import io.licensor.service.PortfolioService;
import io.licensor.ui.common.BackgroundFilter;
import io.licensor.ui.common.Dialogs;
import io.licensor.ui.common.RowList;
import io.licensor.ui.common.UndoStack;
import java.time.LocalDate;
import java.util.AbstractCollection;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;

/**
 * The Receipts section's presentation model: every receipt with its reconciliation, the license filter and the
 * "short periods only" filter, the totals of what is shown, the empty-state sentence, and (through
 * {@link #editor()}) the detail editor. The reconciliation is computed by a {@link Loader} (in the background in the
 * app, at once in tests). Holds no Node, so tests drive it without a window.
 */
public final class ReceiptsModel {

    /** Runs {@code work} (off the FX thread where it can) and hands its result to {@code done} on the FX thread. */
    @FunctionalInterface
    public interface Loader {
        void load(String message, Callable<ReceiptsData> work, Consumer<ReceiptsData> done);

        /** Runs the work at once, on the calling thread (tests, small portfolios). */
        static Loader immediate() {
            return (message, work, done) -> {
                try {
                    done.accept(work.call());
                } catch (Exception e) {
                    throw new IllegalStateException(message + " failed", e);
                }
            };
        }
    }

    private final PortfolioService service;
    private final Supplier<LocalDate> today;
    private final Loader loader;
    // replaced as a whole, never copied: a million rows (see RowList)
    private final RowList<ReceiptRow> all = new RowList<>();
    private final BackgroundFilter<ReceiptRow> filter;
    private final ObservableList<ReceiptRow> shown;
    private final RowList<License> licenses = new RowList<>();
    private final ObjectProperty<String> licenseFilter = new SimpleObjectProperty<>();
    private final BooleanProperty shortOnly = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<ReceiptsData> data = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper reloading = new ReadOnlyBooleanWrapper(false);
    private final StringBinding count;
    private final ObjectBinding<List<Figure>> totals;
    private final ReceiptEditing editing;

    public ReceiptsModel(PortfolioService service, Dialogs dialogs, UndoStack undo, Supplier<LocalDate> today,
            Loader loader) {
        this.service = Objects.requireNonNull(service, "service");
        this.today = Objects.requireNonNull(today, "today");
        this.loader = Objects.requireNonNull(loader, "loader");
        PortfolioSettings settings = service.settings();
        data.set(ReceiptsData.of(Portfolio.empty(settings), today.get()));
        // a million rows are filtered off the FX thread (the table shows the previous rows meanwhile)
        filter = new BackgroundFilter<>(all, Bindings.createObjectBinding(() -> {
            String license = licenseFilter.get();
            boolean onlyShort = shortOnly.get();
            if (license == null && !onlyShort) {
                return null; // no filter: every row, passed on without a pass over a million rows
            }
            return row -> (license == null || row.licenseId().equals(license)) && (!onlyShort || row.isShort());
        }, licenseFilter, shortOnly));
        shown = filter.rows();
        count = Bindings.createStringBinding(this::describeCount, all, shown);
        totals = Bindings.createObjectBinding(this::figures, data, licenseFilter);
        editing = new ReceiptEditing(service, dialogs, undo, this);
    }

    /** Reads and reconciles the portfolio again (after a save, a delete, an undo, or when the section is shown). */
    public void reload() {
        loading.set(true);
        LocalDate asOf = today.get();
        loader.load("Reconciling receipts...", () -> ReceiptsData.load(service, asOf), this::apply);
    }

    /** Shows freshly loaded data (on the FX thread). */
    void apply(ReceiptsData next) {
        reloading.set(true);
        try {
            licenses.replace(next.licenses());
            if (licenseFilter.get() != null && next.licenses().stream().noneMatch(l -> l.id().equals(
                    licenseFilter.get()))) {
                licenseFilter.set(null);
            }
            data.set(next);
            all.replace(next.rows());
        } finally {
            reloading.set(false);
            loading.set(false);
        }
        editing.refreshReconciled();
    }

    /** Shows the license's receipts when another license is filtered (after saving one of its receipts). */
    void reveal(String licenseId) {
        if (licenseFilter.get() != null && !licenseFilter.get().equals(licenseId)) {
            licenseFilter.set(licenseId);
        }
    }

    /** Takes a deleted receipt off the list at once, before the reload reconciles the rest. */
    void forget(String receiptId) {
        all.replace(all.snapshot().stream().filter(r -> !r.id().equals(receiptId)).toList());
    }

    private String describeCount() {
        int total = all.size();
        String receipts = total == 1 ? "1 receipt" : String.format("%,d receipts", total);
        return shown.size() == total ? receipts : receipts + String.format(", %,d shown", shown.size());
    }

    private List<Figure> figures() {
        ReceiptsData d = data.get();
        String license = licenseFilter.get();
        if (license == null) {
            return ReceiptTotals.overall(d.reconciliation());
        }
        return d.reconciliation().license(license).map(l -> ReceiptTotals.of(l, d.reconciliation()))
                .orElse(List.of());
    }

    /** What the empty table says: how to get started, or that the filters hide everything. */
    public String emptyMessage() {
        if (loading.get() && all.isEmpty()) {
            return "Reconciling receipts...";
        }
        if (licenses.isEmpty()) {
            return "No receipts yet. Receipts belong to a license: add one in Licenses first, then import a "
                    + "statement (Ctrl+I) or add a receipt (Ctrl+N).";
        }
        if (shortOnly.get() && hasAnyForFilter()) {
            return "No under-paid period" + (licenseFilter.get() == null ? "" : " for " + licenseFilter.get())
                    + ". Turn off \"Short only\" to see every receipt.";
        }
        if (licenseFilter.get() != null) {
            return "No receipts for " + licenseFilter.get() + " yet. Import a statement (Ctrl+I) or add one "
                    + "(Ctrl+N).";
        }
        return "No receipts yet. Import a statement (Ctrl+I) or add one (Ctrl+N).";
    }

    private boolean hasAnyForFilter() {
        String license = licenseFilter.get();
        return all.stream().anyMatch(r -> license == null || r.licenseId().equals(license));
    }

    /** The license with this id, from the latest load. */
    public Optional<License> license(String id) {
        return data.get().license(id);
    }

    /** Licenses in natural id order, for the filter and the editor. */
    public ObservableList<License> licenses() {
        return licenses;
    }

    /** The filtered license's reconciliation; empty when every license is shown. */
    public Optional<LicenseReconciliation> filteredLicense() {
        String license = licenseFilter.get();
        return license == null ? Optional.empty() : data.get().reconciliation().license(license);
    }

    /**
     * Every receipt's id, for the next free one: a view of the rows, not a set of its own (a million ids in a hash
     * set would cost some 50 MB).
     */
    Collection<String> receiptIds() {
        return new AbstractCollection<>() {
            @Override
            public Iterator<String> iterator() {
                return all.stream().map(ReceiptRow::id).iterator();
            }

            @Override
            public int size() {
                return all.size();
            }
        };
    }

    /** The as-of date: today. */
    public LocalDate today() {
        return today.get();
    }

    /** Every row, whatever the filters. */
    public ObservableList<ReceiptRow> allRows() {
        return all;
    }

    /** The rows passing the filters, in the model's order (the view sorts a copy). */
    public ObservableList<ReceiptRow> shownRows() {
        return shown;
    }

    /** The license shown (null: every license). */
    public ObjectProperty<String> licenseFilterProperty() {
        return licenseFilter;
    }

    /** Only the periods paid short. */
    public BooleanProperty shortOnlyProperty() {
        return shortOnly;
    }

    /** The latest loaded data. */
    public ReceiptsData data() {
        return data.get();
    }

    public ReadOnlyObjectProperty<ReceiptsData> dataProperty() {
        return data.getReadOnlyProperty();
    }

    /** "1,234 receipts, 9 shown". */
    public StringBinding countProperty() {
        return count;
    }

    /** The totals bar: the filtered license's totals, or every license's in the reporting currency. */
    public ObjectBinding<List<Figure>> totalsProperty() {
        return totals;
    }

    /** True while a reload is running in the background. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** True while the filters are applied in the background (a million rows). */
    public ReadOnlyBooleanProperty filteringProperty() {
        return filter.busyProperty();
    }

    /** True while the list is being replaced: the table's selection jumps then, which is not the user's doing. */
    public ReadOnlyBooleanProperty reloadingProperty() {
        return reloading.getReadOnlyProperty();
    }

    /** The detail editor with its commands. */
    public ReceiptEditing editor() {
        return editing;
    }
}

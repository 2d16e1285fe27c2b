package io.licensor.ui.licenses;

import io.licensor.analytics.metrics.FxConverter;
import io.licensor.model.Asset;
import io.licensor.model.FxRate;
import io.licensor.model.License;
import io.licensor.model.Money;
import io.licensor.model.PortfolioSettings;
import io.licensor.service.LicenseSummary;
import io.licensor.service.PortfolioService;
import io.licensor.ui.common.DataLoader;
import io.licensor.ui.common.Dialogs;
import io.licensor.ui.common.RowList;
import io.licensor.ui.common.UndoStack;
import io.licensor.ui.licenses.LicenseFilter.Show;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The licenses section's presentation model: all licenses, the search and filters, the count line, each license's
 * summary (risk flags and figures, computed in the background), and (through {@link #editor()}) the detail editor
 * with its commands. Holds no Node, so tests drive it without a window.
 * <p>Opening the section reads the licenses through a {@link DataLoader} (in the background in the app: 50,000
 * licenses took the FX thread over a second); a reload after the user's own change reads them at once, so the saved
 * license is in the list when the editor selects it. What the table's Status and Flags columns read (the day, the
 * summaries) are immutable values replaced as a whole, so the table can be sorted off the FX thread.
 */
public final class LicensesModel {
    /** Everything the section reads from the portfolio, read together off the FX thread. */
    public record LicensesData(PortfolioSettings settings, List<FxRate> fxRates, List<Asset> assets,
            List<License> licenses, List<String> licensees) {
        public LicensesData {
            fxRates = List.copyOf(fxRates);
            assets = List.copyOf(assets);
            licenses = List.copyOf(licenses);
            licensees = List.copyOf(licensees);
        }

        public static LicensesData load(PortfolioService service) {
            List<License> licenses = service.licenses();
            return new LicensesData(service.settings(), service.fxRates(), service.assets(), licenses,
                    List.copyOf(new TreeSet<>(licenses.stream().map(License::licensee).toList())));
        }
    }

    private final PortfolioService service;
    private final DataLoader<LicensesData> loader;
    // replaced as a whole (see RowList): 50,000 licenses are not copied on the FX thread
    private final RowList<License> all = new RowList<>();
    private final ObservableList<License> readOnlyAll = FXCollections.unmodifiableObservableList(all);
    private final FilteredList<License> shown = new FilteredList<>(all);
    // one immutable map replaced in one go (50,000 puts into an observable map refreshed the table 100,000 times)
    private final ReadOnlyObjectWrapper<Map<String, LicenseSummary>> summaries = new ReadOnlyObjectWrapper<>(Map.of());
    private final ObservableList<Asset> assets = FXCollections.observableArrayList();
    private final ObservableList<String> licensees = FXCollections.observableArrayList();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<Show> show = new SimpleObjectProperty<>(Show.ALL);
    private final ObjectProperty<String> licenseeFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<String> assetFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> today = new SimpleObjectProperty<>(LocalDate.now());
    private final StringBinding count;
    private final ReadOnlyBooleanWrapper reloading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final LicenseEditing editing;
    // the day as a plain value: the table's Status column reads it on the sorting thread
    private volatile LocalDate day = today.get();
    private long generation;
    private Map<String, String> assetTitles = Map.of();
    private PortfolioSettings settings;
    private FxConverter fx;

    public LicensesModel(PortfolioService service, Dialogs dialogs, UndoStack undo) {
        this(service, dialogs, undo, Locale.getDefault(Locale.Category.FORMAT));
    }

    /** A model whose licenses are read at once, now and on every {@link #load()} (tests). */
    public LicensesModel(PortfolioService service, Dialogs dialogs, UndoStack undo, Locale locale) {
        this(service, dialogs, undo, locale, DataLoader.immediate());
        load();
    }

    /** A model that reads its licenses through {@code loader} when {@link #load()} is called (the section opens). */
    public LicensesModel(PortfolioService service, Dialogs dialogs, UndoStack undo, Locale locale,
            DataLoader<LicensesData> loader) {
        this.service = Objects.requireNonNull(service, "service");
        this.loader = Objects.requireNonNull(loader, "loader");
        this.editing = new LicenseEditing(service, dialogs, undo, this::reload, () -> all, this::summaryOf,
                today::get, locale);
        today.addListener((obs, old, now) -> day = now);
        Observable[] criteria = {search, show, licenseeFilter, assetFilter, today};
        shown.predicateProperty().bind(Bindings.createObjectBinding(() -> {
            LicenseFilter filter = filter();
            LocalDate day = today.get();
            if (filter.equals(LicenseFilter.NONE)) {
                return null; // no filter: FilteredList passes every license on without testing each
            }
            // read the titles at test time: a reload replaces them without changing any criterion
            return license -> filter.test(license, day, assetTitles);
        }, criteria));
        count = Bindings.createStringBinding(this::describeCount, all, shown);
        settings = service.settings();
    }

    /**
     * Reads licenses, assets, settings and exchange rates through the loader (the section is shown): the table keeps
     * its rows meanwhile and {@link #loadingProperty()} is true. A reload started later (a save) wins over this one.
     */
    public void load() {
        long request = ++generation;
        loading.set(true);
        loader.load("Reading licenses...", () -> LicensesData.load(service), data -> {
            if (request == generation) {
                apply(data);
            }
        });
    }

    /** Reads everything again at once (after a change here: the saved license must be listed when selected). */
    public void reload() {
        generation++;
        apply(LicensesData.load(service));
    }

    private void apply(LicensesData data) {
        loading.set(false);
        settings = data.settings();
        fx = new FxConverter(settings.reportingCurrency(), data.fxRates());
        editing.setDefaultCurrency(settings.reportingCurrency());
        editing.form().setHomeCountry(settings.homeCountry());
        editing.form().preview().setReportingConversion(this::inReporting);
        assets.setAll(data.assets());
        Map<String, String> titles = new LinkedHashMap<>();
        data.assets().forEach(a -> titles.put(a.id(), a.title()));
        assetTitles = titles;
        reloading.set(true);
        try {
            all.replace(data.licenses());
        } finally {
            reloading.set(false);
        }
        licensees.setAll(data.licensees());
        // A filter on a licensee or asset that is gone would hide everything without a visible reason.
        if (licenseeFilter.get() != null && !licensees.contains(licenseeFilter.get())) {
            licenseeFilter.set(null);
        }
        if (assetFilter.get() != null && !titles.containsKey(assetFilter.get())) {
            assetFilter.set(null);
        }
        editing.refreshRenewals();
    }

    /** {@code amount} of {@code currency} in the reporting currency at today's rate; empty when the same or no rate. */
    Optional<Money> inReporting(BigDecimal amount, Currency currency) {
        if (fx == null || currency.equals(fx.reportingCurrency())) {
            return Optional.empty();
        }
        return Optional.ofNullable(fx.convert(amount, currency, today.get()))
                .map(value -> Money.of(value, fx.reportingCurrency()));
    }

    public LicenseFilter filter() {
        return new LicenseFilter(search.get(), show.get(), licenseeFilter.get(), assetFilter.get());
    }

    /** Clears the search and every filter. */
    public void clearFilters() {
        search.set("");
        show.set(Show.ALL);
        licenseeFilter.set(null);
        assetFilter.set(null);
    }

    /** Shows license {@code id} in the editor, clearing the filters when they hide it (a renewal link). */
    public boolean open(String id) {
        if (shown.stream().noneMatch(l -> l.id().equals(id))) {
            clearFilters();
        }
        return editing.select(id);
    }

    private String describeCount() {
        int total = all.size();
        String licenses = total == 1 ? "1 license" : total + " licenses";
        long active = all.stream().filter(l -> LicenseStatus.of(l, today.get()).inForce()).count();
        String text = licenses + " (" + active + " active)";
        return shown.size() == total ? text : text + ", " + shown.size() + " shown";
    }

    /** What the empty table says: how to get started, or that the filters hide everything. */
    public String emptyMessage() {
        if (all.isEmpty() && loading.get()) {
            return "Loading licenses...";
        }
        if (all.isEmpty()) {
            return assets.isEmpty() ? "No licenses yet. Add the assets you license first (Assets section), then "
                    + "record each license here with Add (Ctrl+N)."
                    : "No licenses yet. Record your first license with Add (Ctrl+N).";
        }
        return "No license matches the search and filters. Clear them to see all " + all.size() + ".";
    }

    /** Replaces the summaries (computed in the background after each change). */
    public void setSummaries(Map<String, LicenseSummary> next) {
        boolean suggested = editing.currentProperty().get() != null && !editing.form().isDirty();
        summaries.set(Map.copyOf(next));
        License shownNow = editing.currentProperty().get();
        if (suggested && shownNow != null) {
            editing.suggestSales(shownNow.id());
        }
    }

    /** The license's summary, or null before the summaries are computed; any thread (an immutable map). */
    public LicenseSummary summaryOf(String licenseId) {
        return summaries.get().get(licenseId);
    }

    /** Where the license stands today; any thread (the table sorts by it in the background). */
    public LicenseStatus statusOf(License license) {
        return LicenseStatus.of(license, day);
    }

    public ObservableList<License> allLicenses() {
        return readOnlyAll;
    }

    /** The licenses passing the search and filters, in the model's order (the view sorts a copy). */
    public ObservableList<License> shownLicenses() {
        return shown;
    }

    /** Every license's summary by id: an immutable map, replaced as a whole after each change. */
    public ReadOnlyObjectProperty<Map<String, LicenseSummary>> summaries() {
        return summaries.getReadOnlyProperty();
    }

    /** True from {@link #load()} until its licenses are shown. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The portfolio's assets, for the editor's list and the asset filter. */
    public ObservableList<Asset> assets() {
        return assets;
    }

    /** The title of an asset, or null when there is no such asset. */
    public String assetTitle(String id) {
        return assetTitles.get(id);
    }

    /** Licensee names in use, for the licensee filter. */
    public ObservableList<String> licenseeChoices() {
        return licensees;
    }

    public PortfolioSettings settings() {
        return settings;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<Show> showProperty() {
        return show;
    }

    public ObjectProperty<String> licenseeFilterProperty() {
        return licenseeFilter;
    }

    public ObjectProperty<String> assetFilterProperty() {
        return assetFilter;
    }

    /** The day statuses are computed for (today; tests set another). */
    public ObjectProperty<LocalDate> todayProperty() {
        return today;
    }

    /** "13 licenses (10 active), 4 shown". */
    public StringBinding countProperty() {
        return count;
    }

    /** True while the list is being replaced: the table's selection jumps then, which is not the user's doing. */
    public ReadOnlyBooleanProperty reloadingProperty() {
        return reloading.getReadOnlyProperty();
    }

    /** The detail editor: the form and the commands. */
    public LicenseEditing editor() {
        return editing;
    }

    /** Increases after every stored change: the view then recomputes the summaries. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return editing.revisionProperty();
    }
}

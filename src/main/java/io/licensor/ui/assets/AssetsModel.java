package io.licensor.ui.assets;

import io.licensor.model.Asset;
import io.licensor.model.AssetType;
import io.licensor.model.Owner;
import io.licensor.service.PortfolioService;
import io.licensor.ui.common.DataLoader;
import io.licensor.ui.common.Dialogs;
import io.licensor.ui.common.UndoStack;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The asset register's presentation model: all assets, the search and filters, the count line, the risk flags, and
 * (through {@link #editor()}) the detail editor with its commands. Holds no Node, so tests drive it without a window.
 * <p>Opening the section reads the assets through a {@link DataLoader} (in the background in the app: 10,000 assets
 * with their owners, valuations and components took the FX thread about a second); a reload after the user's own
 * change reads them at once, so the saved asset is in the list when the editor selects it.
 */
public final class AssetsModel {
    /** The assets and the filter choices, read together off the FX thread. */
    public record AssetsData(List<Asset> assets, List<String> owners, List<String> tags) {
        public static AssetsData load(PortfolioService service) {
            List<Asset> assets = service.assets();
            return new AssetsData(assets,
                    List.copyOf(new TreeSet<>(assets.stream().flatMap(a -> a.owners().stream()).map(Owner::name)
                            .toList())),
                    List.copyOf(new TreeSet<>(assets.stream().flatMap(a -> a.tags().stream()).toList())));
        }
    }

    private final PortfolioService service;
    private final DataLoader<AssetsData> loader;
    private final ObservableList<Asset> all = FXCollections.observableArrayList();
    private final ObservableList<Asset> readOnlyAll = FXCollections.unmodifiableObservableList(all);
    private final FilteredList<Asset> shown = new FilteredList<>(all);
    // one immutable map replaced in one go: a map filled entry by entry refiltered and re-sorted the table per entry
    private final ReadOnlyObjectWrapper<Map<String, List<AssetFlag>>> flags = new ReadOnlyObjectWrapper<>(Map.of());
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<AssetType> typeFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<String> ownerFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<String> tagFilter = new SimpleObjectProperty<>();
    private final BooleanProperty flaggedOnly = new SimpleBooleanProperty(false);
    private final ObservableList<String> owners = FXCollections.observableArrayList();
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final StringBinding count;
    private final ReadOnlyBooleanWrapper reloading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final AssetEditing editing;
    private long generation;

    /** A model whose assets are read at once, now and on every {@link #load()} (tests). */
    public AssetsModel(PortfolioService service, Dialogs dialogs, UndoStack undo) {
        this(service, dialogs, undo, DataLoader.immediate());
        load();
    }

    /** A model that reads its assets through {@code loader} when {@link #load()} is called (the section opens). */
    public AssetsModel(PortfolioService service, Dialogs dialogs, UndoStack undo, DataLoader<AssetsData> loader) {
        this.service = Objects.requireNonNull(service, "service");
        this.loader = Objects.requireNonNull(loader, "loader");
        this.editing = new AssetEditing(service, dialogs, undo, this::reload);
        Observable[] criteria = {search, typeFilter, ownerFilter, tagFilter, flaggedOnly, flags};
        shown.predicateProperty().bind(Bindings.createObjectBinding(() -> {
            AssetFilter filter = filter();
            Map<String, List<AssetFlag>> current = flags.get();
            return asset -> filter.test(asset, current);
        }, criteria));
        count = Bindings.createStringBinding(this::describeCount, all, shown);
    }

    /**
     * Reads the assets through the loader (the section is shown): the table keeps its rows meanwhile and
     * {@link #loadingProperty()} is true. A reload started later (a save) wins over this one.
     */
    public void load() {
        long request = ++generation;
        loading.set(true);
        loader.load("Reading assets...", () -> AssetsData.load(service), data -> {
            if (request == generation) {
                apply(data);
            }
        });
    }

    /** Reads the assets again from the portfolio at once (after a save, a delete, an undo). */
    public void reload() {
        generation++;
        apply(AssetsData.load(service));
    }

    private void apply(AssetsData data) {
        loading.set(false);
        reloading.set(true);
        try {
            all.setAll(data.assets());
        } finally {
            reloading.set(false);
        }
        owners.setAll(data.owners());
        tags.setAll(data.tags());
        // A filter on an owner or tag that no longer exists would hide everything without a visible reason.
        if (ownerFilter.get() != null && !owners.contains(ownerFilter.get())) {
            ownerFilter.set(null);
        }
        if (tagFilter.get() != null && !tags.contains(tagFilter.get())) {
            tagFilter.set(null);
        }
    }

    public AssetFilter filter() {
        return new AssetFilter(search.get(), typeFilter.get(), ownerFilter.get(), tagFilter.get(), flaggedOnly.get());
    }

    /** Clears the search and every filter. */
    public void clearFilters() {
        search.set("");
        typeFilter.set(null);
        ownerFilter.set(null);
        tagFilter.set(null);
        flaggedOnly.set(false);
    }

    private String describeCount() {
        int total = all.size();
        String assets = total == 1 ? "1 asset" : total + " assets";
        return shown.size() == total ? assets : assets + ", " + shown.size() + " shown";
    }

    /** What the empty table says: how to get started, or that the filters hide everything. */
    public String emptyMessage() {
        if (all.isEmpty() && loading.get()) {
            return "Loading assets...";
        }
        if (all.isEmpty()) {
            return "No assets yet. Add your first asset with Add (Ctrl+N), or import a portfolio file "
                    + "(File > Import portfolio file...).";
        }
        return "No asset matches the search and filters. Clear them to see all " + all.size() + ".";
    }

    /** Replaces the risk flags (computed in the background after each change). */
    public void setFlags(Map<String, List<AssetFlag>> newFlags) {
        flags.set(Map.copyOf(newFlags));
    }

    public List<AssetFlag> flagsOf(String assetId) {
        return flags.get().getOrDefault(assetId, List.of());
    }

    public ObservableList<Asset> allAssets() {
        return readOnlyAll;
    }

    /** The assets passing the search and filters, in the model's order (the view sorts a copy). */
    public ObservableList<Asset> shownAssets() {
        return shown;
    }

    /** The risk flags by asset id (an immutable map, replaced as a whole). */
    public ReadOnlyObjectProperty<Map<String, List<AssetFlag>>> flags() {
        return flags.getReadOnlyProperty();
    }

    /** True from {@link #load()} until its assets are shown. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<AssetType> typeFilterProperty() {
        return typeFilter;
    }

    public ObjectProperty<String> ownerFilterProperty() {
        return ownerFilter;
    }

    public ObjectProperty<String> tagFilterProperty() {
        return tagFilter;
    }

    public BooleanProperty flaggedOnlyProperty() {
        return flaggedOnly;
    }

    /** Owner names in use, for the owner filter. */
    public ObservableList<String> ownerChoices() {
        return owners;
    }

    /** Tags in use, for the tag filter. */
    public ObservableList<String> tagChoices() {
        return tags;
    }

    /** "12 assets, 3 shown" ("12 assets" when nothing is filtered out). */
    public StringBinding countProperty() {
        return count;
    }

    /** True while the list is being replaced: the table's selection jumps then, which is not the user's doing. */
    public ReadOnlyBooleanProperty reloadingProperty() {
        return reloading.getReadOnlyProperty();
    }

    /** The detail editor: the form and the add / duplicate / delete / save / cancel commands. */
    public AssetEditing editor() {
        return editing;
    }

    /** Increases after every stored change (save, delete, undo): the view then recomputes the risk flags. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return editing.revisionProperty();
    }
}

package io.licensor.ui.assets;

import io.licensor.model.Asset;
import io.licensor.model.AssetType;
import io.licensor.model.InputRejectedException;
import io.licensor.service.PortfolioService;
import io.licensor.ui.assets.AssetDraft.DateText;
import io.licensor.ui.common.Dialogs;
import io.licensor.ui.common.Dialogs.UnsavedChoice;
import io.licensor.ui.common.UndoStack;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The detail editor's commands: select, add, duplicate, save, cancel, delete, each one undoable where it changes the
 * portfolio. Unsaved edits are never dropped silently: anything that would replace the form asks first.
 */
public final class AssetEditing {
    private final PortfolioService service;
    private final Dialogs dialogs;
    private final UndoStack undo;
    private final Runnable reload;
    private final AssetForm form = new AssetForm();
    private final ReadOnlyObjectWrapper<Asset> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(0);

    AssetEditing(PortfolioService service, Dialogs dialogs, UndoStack undo, Runnable reload) {
        this.service = service;
        this.dialogs = dialogs;
        this.undo = undo;
        this.reload = reload;
    }

    /**
     * Shows the stored asset {@code id} (null: nothing) in the form. Returns false when the user kept unsaved edits
     * instead; the view then puts its selection back.
     */
    public boolean select(String id) {
        Asset stored = current.get();
        if (!form.isNew() && stored != null && stored.id().equals(id)) {
            return true;
        }
        if (!confirmLeave("show another asset")) {
            return false;
        }
        show(id == null ? Optional.empty() : service.asset(id));
        return true;
    }

    private void show(Optional<Asset> asset) {
        current.set(asset.orElse(null));
        asset.ifPresent(a -> form.load(AssetDraft.of(a), false));
        editing.set(asset.isPresent());
    }

    /** A new asset with the next free id, not stored until saved. */
    public void add() {
        if (!confirmLeave("add a new asset")) {
            return;
        }
        String id = service.nextAssetId();
        form.load(new AssetDraft(id, "", AssetType.OTHER, "", "", "", DateText.of(null), DateText.of(null),
                List.of(), List.of(), List.of(), false, "", ""), true);
        editing.set(true);
    }

    /** A copy of the shown asset under the next free id, "(copy)" after its title, not stored until saved. */
    public void duplicate() {
        Asset source = current.get();
        if (source == null || !confirmLeave("duplicate " + source.id())) {
            return;
        }
        Asset copy = source.withId(service.nextAssetId()).withTitle(source.title() + " (copy)");
        form.load(AssetDraft.of(copy), true);
        editing.set(true);
    }

    /** Stores the form; false when it has errors or the portfolio refused it (the user was told why). */
    public boolean save() {
        if (!editing.get() || !form.isValid()) {
            return false;
        }
        Asset asset = form.draft().toAsset();
        boolean added = form.isNew();
        Optional<Asset> before = added ? Optional.empty() : service.asset(asset.id());
        try {
            service.saveAsset(asset);
        } catch (InputRejectedException e) {
            dialogs.showProblems("Asset not saved", "The asset " + asset.id() + " could not be saved:",
                    e.problems());
            return false;
        }
        undo.push((added ? "Undo add " : "Undo edit of ") + asset.id(), () -> restore(asset.id(), before));
        // the form shows the stored asset before the list reloads, so nothing looks unsaved while it does
        show(service.asset(asset.id()));
        changed();
        return true;
    }

    /** Throws away the edits: back to the stored asset, or to nothing for a new one. */
    public void cancel() {
        if (form.isNew() || current.get() == null) {
            show(Optional.ofNullable(current.get()).flatMap(a -> service.asset(a.id())));
        } else {
            form.load(form.loaded().orElseThrow(), false);
        }
    }

    /** Deletes the shown asset after asking; undoable. False when nothing was deleted. */
    public boolean delete() {
        Asset asset = current.get();
        if (form.isNew() || asset == null) {
            cancel();
            return false;
        }
        if (!dialogs.confirm("Delete asset", "Delete " + asset.id() + " \"" + asset.title() + "\"?",
                "Its owners, valuations and components are deleted with it. Edit > Undo (Ctrl+Z) brings it back.",
                "Delete")) {
            return false;
        }
        try {
            service.deleteAsset(asset.id());
        } catch (InputRejectedException e) {
            dialogs.showProblems("Asset not deleted", asset.id() + " is still in use. Remove it from these first:",
                    e.problems());
            return false;
        }
        undo.push("Undo delete of " + asset.id(), () -> restore(asset.id(), Optional.of(asset)));
        show(Optional.empty());
        changed();
        return true;
    }

    /** Puts asset {@code id} back as it was ({@code before}), or removes it when it did not exist before. */
    private boolean restore(String id, Optional<Asset> before) {
        boolean inEditor = current.get() != null && current.get().id().equals(id) || form.idProperty().get()
                .equals(id);
        if (inEditor && !confirmLeave("undo")) {
            return false;
        }
        if (before.isPresent()) {
            service.saveAsset(before.get());
        } else {
            service.deleteAsset(id);
        }
        show(before.map(Asset::id).flatMap(service::asset));
        changed();
        return true;
    }

    /**
     * True when the form may be replaced for {@code action}: nothing unsaved, or the user saved (and it worked) or
     * discarded the edits.
     */
    public boolean confirmLeave(String action) {
        if (!editing.get() || !form.isDirty()) {
            return true;
        }
        String what = form.isNew() ? "the new asset " + form.idProperty().get()
                : "your changes to " + form.idProperty().get();
        UnsavedChoice choice = dialogs.askUnsaved(what, action);
        return switch (choice) {
            case SAVE -> save();
            case DISCARD -> {
                cancel();
                yield true;
            }
            case CANCEL -> false;
        };
    }

    private void changed() {
        reload.run();
        revision.set(revision.get() + 1);
    }

    public AssetForm form() {
        return form;
    }

    /** The stored asset the form was loaded from; null for a new one or when nothing is shown. */
    public ReadOnlyObjectProperty<Asset> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** True while the form shows an asset (stored or new). */
    public ReadOnlyBooleanProperty editingProperty() {
        return editing.getReadOnlyProperty();
    }

    ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }
}

package io.licensor.ui.enforcement;

import io.licensor.model.EnforcementEntry;
import io.licensor.model.EnforcementKind;
import io.licensor.model.InputRejectedException;
import io.licensor.service.NextIds;
import io.licensor.service.PortfolioService;
import io.licensor.ui.common.Dialogs;
import io.licensor.ui.common.Dialogs.UnsavedChoice;
import io.licensor.ui.common.UndoStack;
import io.licensor.ui.receipts.ReceiptTexts;
import io.licensor.ui.receipts.TypedDate;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The enforcement editor's commands: select, add, save, cancel, delete, each one undoable where it changes the
 * portfolio. Unsaved edits are never dropped silently. One entry is one small transaction on the FX thread; the
 * totals are then recomputed in the background ({@link EnforcementModel#reload()}).
 */
public final class EnforcementEditing {
    private final PortfolioService service;
    private final Dialogs dialogs;
    private final UndoStack undo;
    private final EnforcementModel model;
    private final EntryForm form;
    private final ReadOnlyObjectWrapper<EnforcementEntry> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper(false);

    EnforcementEditing(PortfolioService service, Dialogs dialogs, UndoStack undo, EnforcementModel model) {
        this.service = service;
        this.dialogs = dialogs;
        this.undo = undo;
        this.model = model;
        this.form = new EntryForm(model::data, model::today);
    }

    /** Shows stored entry {@code id} (null: nothing). False when the user kept unsaved edits instead. */
    public boolean select(String id) {
        EnforcementEntry stored = current.get();
        if (!form.isNew() && stored != null && stored.id().equals(id)) {
            return true;
        }
        if (!confirmLeave("show another entry")) {
            return false;
        }
        show(id == null ? Optional.empty() : service.enforcementEntry(id));
        return true;
    }

    private void show(Optional<EnforcementEntry> entry) {
        current.set(entry.orElse(null));
        entry.ifPresent(e -> form.load(EntryDraft.of(e), false));
        editing.set(entry.isPresent());
    }

    /**
     * A new entry under the next free id about the asset or license in the filter (else the first asset), dated
     * today, in that license's currency or the reporting currency; not stored until saved.
     */
    public void add() {
        EnforcementData data = model.data();
        if (data.assets().isEmpty()) {
            dialogs.showInfo("No asset yet", "Enforcement costs belong to an asset or a license.",
                    "Add the asset in the Assets section first.");
            return;
        }
        if (!confirmLeave("add a new entry")) {
            return;
        }
        Target target = model.filterProperty().get() != null ? model.filterProperty().get()
                : Target.asset(data.assets().get(0).id());
        String currency = target.isAsset() ? data.summary().reportingCurrency().getCurrencyCode()
                : data.license(target.id()).map(l -> l.terms().currency().getCurrencyCode())
                        .orElse(data.summary().reportingCurrency().getCurrencyCode());
        String id = NextIds.enforcement(model.entryIds());
        form.load(new EntryDraft(id, target.kind(), target.isAsset() ? target.id() : null,
                target.isAsset() ? null : target.id(), EnforcementKind.LEGAL, TypedDate.of(model.today()), "", "",
                currency, ""), true);
        current.set(null);
        editing.set(true);
    }

    /** Stores the form; false when it has errors or the portfolio refused it (the user was told why). */
    public boolean save() {
        if (!editing.get() || !form.isValid()) {
            return false;
        }
        EnforcementEntry entry = form.entry().orElseThrow();
        boolean added = form.isNew();
        if (added && service.enforcementEntry(entry.id()).isPresent()) {
            dialogs.showError("Entry not saved", "An entry " + entry.id() + " exists already.",
                    "It was added elsewhere after this list was loaded. Press Add again for the next free id.");
            return false;
        }
        Optional<EnforcementEntry> before = added ? Optional.empty() : service.enforcementEntry(entry.id());
        try {
            service.saveEnforcement(entry);
        } catch (InputRejectedException e) {
            dialogs.showProblems("Entry not saved", "The entry " + entry.id() + " could not be saved:", e.problems());
            return false;
        }
        undo.push((added ? "Undo add of " : "Undo edit of ") + entry.id(), () -> restore(entry.id(), before));
        show(service.enforcementEntry(entry.id()));
        model.reveal(entry);
        model.reload();
        return true;
    }

    /** Throws the edits away: back to the stored entry, or to nothing for a new one. */
    public void cancel() {
        if (form.isNew() || current.get() == null) {
            show(Optional.ofNullable(current.get()).flatMap(e -> service.enforcementEntry(e.id())));
        } else {
            form.load(form.loaded().orElseThrow(), false);
        }
    }

    /** Deletes the shown entry after asking; undoable. False when nothing was deleted. */
    public boolean delete() {
        EnforcementEntry entry = current.get();
        if (form.isNew() || entry == null) {
            cancel();
            return false;
        }
        String what = EnforcementTexts.kind(entry.kind()).toLowerCase(java.util.Locale.ROOT) + ", " + entry.date()
                + ", " + ReceiptTexts.money(entry.cost(), entry.currency());
        if (!dialogs.confirm("Delete enforcement entry", "Delete " + entry.id() + " (" + what + ")?",
                "Edit > Undo (Ctrl+Z) brings it back.", "Delete")) {
            return false;
        }
        service.deleteEnforcement(entry.id());
        undo.push("Undo delete of " + entry.id(), () -> restore(entry.id(), Optional.of(entry)));
        show(Optional.empty());
        model.forget(entry.id());
        model.reload();
        return true;
    }

    private boolean restore(String id, Optional<EnforcementEntry> before) {
        boolean inEditor = current.get() != null && current.get().id().equals(id) || form.idProperty().get()
                .equals(id);
        if (inEditor && !confirmLeave("undo")) {
            return false;
        }
        if (before.isPresent()) {
            service.saveEnforcement(before.get());
            model.reveal(before.get());
        } else {
            service.deleteEnforcement(id);
            model.forget(id);
        }
        show(before.map(EnforcementEntry::id).flatMap(service::enforcementEntry));
        model.reload();
        return true;
    }

    /** True when the form may be replaced for {@code action}: nothing unsaved, or the user saved or discarded it. */
    public boolean confirmLeave(String action) {
        if (!editing.get() || !form.isDirty()) {
            return true;
        }
        String what = form.isNew() ? "the new entry " + form.idProperty().get()
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

    public EntryForm form() {
        return form;
    }

    /** The stored entry the form was loaded from; null for a new one or when nothing is shown. */
    public ReadOnlyObjectProperty<EnforcementEntry> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty editingProperty() {
        return editing.getReadOnlyProperty();
    }
}

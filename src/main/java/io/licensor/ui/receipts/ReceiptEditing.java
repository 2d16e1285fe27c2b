package io.licensor.ui.receipts;

import io.licensor.model.InputRejectedException;
import io.licensor.model.License;
import io.licensor.model.Receipt;
import io.licensor.model.ReceiptKind;
import io.licensor.service.NextIds;
import io.licensor.service.PortfolioService;
import io.licensor.service.ReconciledReceipt;
import io.licensor.ui.common.Dialogs;
import io.licensor.ui.common.Dialogs.UnsavedChoice;
import io.licensor.ui.common.UndoStack;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The receipt editor's commands: select, add, save, cancel, delete, each one undoable where it changes the portfolio
 * (Edit > Undo, Ctrl+Z). Unsaved edits are never dropped silently: anything that would replace the form asks first.
 * Saving and deleting one receipt is one small transaction on the FX thread; the reconciliation is then recomputed in
 * the background ({@link ReceiptsModel#reload()}).
 */
public final class ReceiptEditing {
    private final PortfolioService service;
    private final Dialogs dialogs;
    private final UndoStack undo;
    private final ReceiptsModel model;
    private final ReceiptForm form;
    private final ReadOnlyObjectWrapper<Receipt> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ReconciledReceipt> reconciled = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper(false);

    ReceiptEditing(PortfolioService service, Dialogs dialogs, UndoStack undo, ReceiptsModel model) {
        this.service = service;
        this.dialogs = dialogs;
        this.undo = undo;
        this.model = model;
        this.form = new ReceiptForm(model::license, model::today);
    }

    /** Shows stored receipt {@code id} (null: nothing). False when the user kept unsaved edits instead. */
    public boolean select(String id) {
        Receipt stored = current.get();
        if (!form.isNew() && stored != null && stored.id().equals(id)) {
            return true;
        }
        if (!confirmLeave("show another receipt")) {
            return false;
        }
        show(id == null ? Optional.empty() : service.receipt(id));
        return true;
    }

    private void show(Optional<Receipt> receipt) {
        current.set(receipt.orElse(null));
        receipt.ifPresent(r -> form.load(ReceiptDraft.of(r, model.license(r.licenseId()).map(l -> l.terms().basis())
                .orElse(io.licensor.model.RoyaltyBasis.NET_SALES)), false));
        editing.set(receipt.isPresent());
        refreshReconciled();
    }

    /** Looks the shown receipt up in the latest reconciliation (after each reload). */
    void refreshReconciled() {
        Receipt shown = current.get();
        reconciled.set(shown == null || form.isNew() ? null
                : model.data().reconciliation().receipt(shown.licenseId(), shown.id()).orElse(null));
    }

    /**
     * A new receipt under the next free id, for the license in the filter (else the shown receipt's, else the first),
     * with the period after the license's latest one suggested; not stored until saved.
     */
    public void add() {
        if (model.licenses().isEmpty()) {
            dialogs.showInfo("No license yet", "Receipts belong to a license.",
                    "Add the license in the Licenses section first, then add its receipts here.");
            return;
        }
        if (!confirmLeave("add a new receipt")) {
            return;
        }
        String licenseId = model.licenseFilterProperty().get() != null ? model.licenseFilterProperty().get()
                : current.get() != null ? current.get().licenseId() : model.licenses().get(0).id();
        LocalDate[] period = nextPeriod(licenseId);
        String id = NextIds.receipt(model.receiptIds());
        form.load(new ReceiptDraft(id, licenseId, ReceiptKind.ROYALTY, TypedDate.of(period[0]),
                TypedDate.of(period[1]), "", "", "", TypedDate.of(model.today()), null), true);
        current.set(null);
        reconciled.set(null);
        editing.set(true);
    }

    /** The period after the license's latest royalty period, as long as that one was; nulls when unknown. */
    private LocalDate[] nextPeriod(String licenseId) {
        Receipt latest = null;
        for (ReceiptRow row : model.allRows()) {
            Receipt r = row.receipt();
            if (r.licenseId().equals(licenseId) && r.kind() == ReceiptKind.ROYALTY && r.periodStart() != null
                    && (latest == null || r.periodEnd().isAfter(latest.periodEnd()))) {
                latest = r;
            }
        }
        if (latest == null) {
            return new LocalDate[2];
        }
        LocalDate start = latest.periodEnd().plusDays(1);
        long months = ChronoUnit.MONTHS.between(latest.periodStart(), latest.periodEnd().plusDays(1));
        boolean wholeMonths = latest.periodStart().plusMonths(months).equals(latest.periodEnd().plusDays(1));
        return new LocalDate[] {start, wholeMonths && months > 0 ? start.plusMonths(months).minusDays(1) : null};
    }

    /** Stores the form; false when it has errors or the portfolio refused it (the user was told why). */
    public boolean save() {
        if (!editing.get() || !form.isValid()) {
            return false;
        }
        Receipt receipt = form.receipt().orElseThrow();
        boolean added = form.isNew();
        if (added && service.receipt(receipt.id()).isPresent()) {
            dialogs.showError("Receipt not saved", "A receipt " + receipt.id() + " exists already.",
                    "It was added elsewhere after this list was loaded. Press Add again for the next free id.");
            return false;
        }
        Optional<Receipt> before = added ? Optional.empty() : service.receipt(receipt.id());
        try {
            service.saveReceipt(receipt);
        } catch (InputRejectedException e) {
            dialogs.showProblems("Receipt not saved", "The receipt " + receipt.id() + " could not be saved:",
                    e.problems());
            return false;
        }
        undo.push((added ? "Undo add of " : "Undo edit of ") + receipt.id(), () -> restore(receipt.id(), before));
        show(service.receipt(receipt.id()));
        reconciled.set(null); // until the reload has reconciled the change
        model.reveal(receipt.licenseId());
        model.reload();
        return true;
    }

    /** Throws the edits away: back to the stored receipt, or to nothing for a new one. */
    public void cancel() {
        if (form.isNew() || current.get() == null) {
            show(Optional.ofNullable(current.get()).flatMap(r -> service.receipt(r.id())));
        } else {
            form.load(form.loaded().orElseThrow(), false);
        }
    }

    /** Deletes the shown receipt after asking; undoable. False when nothing was deleted. */
    public boolean delete() {
        Receipt receipt = current.get();
        if (form.isNew() || receipt == null) {
            cancel();
            return false;
        }
        String what = ReceiptTexts.kind(receipt.kind()).toLowerCase(java.util.Locale.ROOT) + " "
                + ReceiptTexts.period(receipt.periodStart(), receipt.periodEnd()) + ", "
                + model.license(receipt.licenseId()).map(l -> ReceiptTexts.money(receipt.gross(),
                        l.terms().currency())).orElse(receipt.gross().toPlainString());
        if (!dialogs.confirm("Delete receipt", "Delete " + receipt.id() + " (" + what + ")?",
                "Edit > Undo (Ctrl+Z) brings it back.", "Delete")) {
            return false;
        }
        service.deleteReceipt(receipt.id());
        undo.push("Undo delete of " + receipt.id(), () -> restore(receipt.id(), Optional.of(receipt)));
        show(Optional.empty());
        model.forget(receipt.id());
        model.reload();
        return true;
    }

    /** Puts receipt {@code id} back as it was ({@code before}), or removes it when it did not exist before. */
    private boolean restore(String id, Optional<Receipt> before) {
        boolean inEditor = current.get() != null && current.get().id().equals(id) || form.idProperty().get()
                .equals(id);
        if (inEditor && !confirmLeave("undo")) {
            return false;
        }
        if (before.isPresent()) {
            service.saveReceipt(before.get());
            model.reveal(before.get().licenseId());
        } else {
            service.deleteReceipt(id);
            model.forget(id);
        }
        show(before.map(Receipt::id).flatMap(service::receipt));
        reconciled.set(null);
        model.reload();
        return true;
    }

    /** True when the form may be replaced for {@code action}: nothing unsaved, or the user saved or discarded it. */
    public boolean confirmLeave(String action) {
        if (!editing.get() || !form.isDirty()) {
            return true;
        }
        String what = form.isNew() ? "the new receipt " + form.idProperty().get()
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

    public ReceiptForm form() {
        return form;
    }

    /** The stored receipt the form was loaded from; null for a new one or when nothing is shown. */
    public ReadOnlyObjectProperty<Receipt> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** What the reconciliation says about the shown receipt (null while new, or until the reload after a save). */
    public ReadOnlyObjectProperty<ReconciledReceipt> reconciledProperty() {
        return reconciled.getReadOnlyProperty();
    }

    /** True while the form shows a receipt (stored or new). */
    public ReadOnlyBooleanProperty editingProperty() {
        return editing.getReadOnlyProperty();
    }

    /** The license of the shown receipt, if any. */
    Optional<License> license() {
        return form.license();
    }
}

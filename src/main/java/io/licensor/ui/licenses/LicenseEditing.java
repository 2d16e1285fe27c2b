package io.licensor.ui.licenses;

import io.licensor.model.InputRejectedException;
import io.licensor.model.License;
import io.licensor.service.LicenseOperations;
import io.licensor.service.LicenseRemoval;
import io.licensor.service.LicenseSummary;
import io.licensor.service.PortfolioService;
import io.licensor.ui.common.Dialogs;
import io.licensor.ui.common.Dialogs.UnsavedChoice;
import io.licensor.ui.common.UndoStack;
import io.licensor.ui.licenses.terms.TermsModel;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The license editor's commands: select, add, duplicate, save, cancel, delete and renew, each undoable where it
 * changes the portfolio. Unsaved edits are never dropped silently: anything that would replace the form asks first.
 */
public final class LicenseEditing {
    private final PortfolioService service;
    private final LicenseOperations operations;
    private final Dialogs dialogs;
    private final UndoStack undo;
    private final Runnable reload;
    private final Supplier<List<License>> licenses;
    private final Function<String, LicenseSummary> summaries;
    private final Supplier<LocalDate> today;
    private final LicenseForm form;
    private final ReadOnlyObjectWrapper<License> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(0);
    private final ObservableList<String> renewedBy = FXCollections.observableArrayList();
    private Currency defaultCurrency = Currency.getInstance("USD");

    LicenseEditing(PortfolioService service, Dialogs dialogs, UndoStack undo, Runnable reload,
            Supplier<List<License>> licenses, Function<String, LicenseSummary> summaries, Supplier<LocalDate> today,
            Locale locale) {
        this.service = service;
        this.operations = new LicenseOperations(service);
        this.dialogs = dialogs;
        this.undo = undo;
        this.reload = reload;
        this.licenses = licenses;
        this.summaries = summaries;
        this.today = today;
        this.form = new LicenseForm(locale);
    }

    /** The currency of new licenses (the portfolio's reporting currency). */
    void setDefaultCurrency(Currency currency) {
        this.defaultCurrency = currency;
    }

    /**
     * Shows the stored license {@code id} (null: nothing). Returns false when the user kept unsaved edits instead;
     * the view then puts its selection back.
     */
    public boolean select(String id) {
        License stored = current.get();
        if (!form.isNew() && stored != null && stored.id().equals(id)) {
            return true;
        }
        if (!confirmLeave("show another license")) {
            return false;
        }
        show(id == null ? Optional.empty() : service.license(id));
        return true;
    }

    private void show(Optional<License> license) {
        current.set(license.orElse(null));
        license.ifPresent(l -> {
            form.load(l, false);
            suggestSales(l.id());
        });
        editing.set(license.isPresent());
        refreshRenewals();
    }

    /** Puts the license's reported sales of a year (else 100,000) into the preview. */
    void suggestSales(String licenseId) {
        LicenseSummary summary = summaries.apply(licenseId);
        form.preview().suggestSales(summary == null ? null : summary.reportedBase());
    }

    /** The licenses that name the shown one in renewalOf, after the list changed. */
    void refreshRenewals() {
        License shown = current.get();
        renewedBy.setAll(shown == null || form.isNew() ? List.of() : licenses.get().stream()
                .filter(l -> shown.id().equals(l.renewalOf())).map(License::id).toList());
    }

    /** A new license with the next free id, starting today, not stored until saved. */
    public void add() {
        if (!confirmLeave("add a new license")) {
            return;
        }
        form.terms().startDateProperty().set(today.get());
        form.load(LicenseDraft.empty(service.nextLicenseId(), today.get()), TermsModel.blank(defaultCurrency), true);
        form.preview().suggestSales(null);
        editing.set(true);
        refreshRenewals();
    }

    /** A copy of the shown license under the next free id (not a renewal of anything), not stored until saved. */
    public void duplicate() {
        License source = current.get();
        if (source == null || !confirmLeave("duplicate " + source.id())) {
            return;
        }
        License copy = new License(service.nextLicenseId(), source.licensee(), source.licenseeCountry(),
                source.assetIds(), source.start(), source.end(), source.exclusive(), source.territory(),
                source.fieldOfUse(), null, source.terms());
        form.load(copy, true);
        editing.set(true);
        refreshRenewals();
    }

    /** Stores the form; false when it has errors or the portfolio refused it (the user was told why). */
    public boolean save() {
        Optional<License> typed = form.license();
        if (!editing.get() || typed.isEmpty()) {
            return false;
        }
        License license = typed.get();
        boolean added = form.isNew();
        Optional<License> before = added ? Optional.empty() : service.license(license.id());
        try {
            service.saveLicense(license);
        } catch (InputRejectedException e) {
            dialogs.showProblems("License not saved", "The license " + license.id() + " could not be saved:",
                    e.problems());
            return false;
        }
        undo.push((added ? "Undo add of " : "Undo edit of ") + license.id(), () -> restore(license.id(), before));
        show(service.license(license.id()));
        changed();
        return true;
    }

    /** Throws away the edits: back to the stored license, or to nothing for a new one. */
    public void cancel() {
        if (form.isNew() || current.get() == null) {
            show(Optional.ofNullable(current.get()).flatMap(l -> service.license(l.id())));
        } else {
            form.revert();
        }
    }

    /**
     * Deletes the shown license after asking, with its receipts and enforcement entries (the question says how
     * many); undoable, all of it. False when nothing was deleted.
     */
    public boolean delete() {
        License license = current.get();
        if (form.isNew() || license == null) {
            cancel();
            return false;
        }
        LicenseRemoval going = operations.whatGoesWith(license.id());
        String detail = (going.consequences().isEmpty() ? "" : going.consequences() + " ")
                + "Edit > Undo (Ctrl+Z) brings " + (going.isLicenseOnly() ? "it" : "it all") + " back.";
        int receipts = going.receipts().size();
        String question = "Delete " + license.id() + " (" + license.licensee() + ")" + (receipts == 0 ? ""
                : receipts == 1 ? " and its receipt" : " and its " + receipts + " receipts") + "?";
        if (!dialogs.confirm("Delete license", question, detail, "Delete")) {
            return false;
        }
        LicenseRemoval removed = operations.delete(license.id());
        undo.push("Undo delete of " + license.id(), () -> putBack(removed));
        show(Optional.empty());
        changed();
        return true;
    }

    private boolean putBack(LicenseRemoval removed) {
        if (form.isDirty() && editing.get() && !confirmLeave("undo")) {
            return false;
        }
        operations.restore(removed);
        show(service.license(removed.license().id()));
        changed();
        return true;
    }

    /** Why the shown license cannot be renewed, or null when it can. */
    public String renewBlockedReason() {
        License license = current.get();
        if (license == null || form.isNew()) {
            return "Select a stored license to renew it.";
        }
        if (license.end() == null) {
            return license.id() + " has no end date: there is no term to renew.";
        }
        if (!renewedBy.isEmpty()) {
            return license.id() + " is already renewed by " + String.join(", ", renewedBy) + ".";
        }
        return null;
    }

    /**
     * Creates the successor of the shown license after a short confirmation (start the day after its end, the same
     * length, the terms copied, renewalOf set), stores it and shows it. Undoable. False when nothing was created.
     */
    public boolean renew() {
        License license = current.get();
        if (renewBlockedReason() != null || !confirmLeave("renew " + license.id())) {
            return false;
        }
        License next = LicenseOperations.successorOf(license, service.nextLicenseId());
        if (!dialogs.confirm("Renew license", "Renew " + license.id() + " as " + next.id() + "?",
                next.id() + " runs from " + next.start() + " to " + next.end() + " for " + next.licensee()
                        + ", covering the same assets on the same royalty terms. You can change it afterwards.",
                "Renew")) {
            return false;
        }
        License created;
        try {
            created = operations.renew(license.id());
        } catch (InputRejectedException e) {
            dialogs.showProblems("License not renewed", license.id() + " could not be renewed:", e.problems());
            return false;
        }
        undo.push("Undo renewal of " + license.id() + " (" + created.id() + ")",
                () -> restore(created.id(), Optional.empty()));
        show(Optional.of(created));
        changed();
        return true;
    }

    /** Puts license {@code id} back as it was ({@code before}), or removes it when it did not exist before. */
    private boolean restore(String id, Optional<License> before) {
        boolean inEditor = current.get() != null && current.get().id().equals(id)
                || form.idProperty().get().equals(id);
        if (inEditor && !confirmLeave("undo")) {
            return false;
        }
        try {
            if (before.isPresent()) {
                service.saveLicense(before.get());
            } else {
                service.deleteLicense(id);
            }
        } catch (InputRejectedException e) {
            dialogs.showProblems("Cannot undo", "The change to " + id + " cannot be taken back:", e.problems());
            return false;
        }
        show(before.map(License::id).flatMap(service::license));
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
        String what = form.isNew() ? "the new license " + form.idProperty().get()
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
        refreshRenewals();
        revision.set(revision.get() + 1);
    }

    public LicenseForm form() {
        return form;
    }

    /** The stored license the form was loaded from; null for a new one or when nothing is shown. */
    public ReadOnlyObjectProperty<License> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** True while the form shows a license (stored or new). */
    public ReadOnlyBooleanProperty editingProperty() {
        return editing.getReadOnlyProperty();
    }

    /** Ids of the licenses that renew the shown one. */
    public ObservableList<String> renewedBy() {
        return renewedBy;
    }

    ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }
}

package io.licensor.ui.scenarios;

import io.licensor.model.InputRejectedException;
import io.licensor.model.License;
import io.licensor.model.RoyaltyTerms;
import io.licensor.model.Scenario;
import io.licensor.service.PortfolioService;
import io.licensor.service.ScenarioStarts;
import io.licensor.service.Scenarios;
import io.licensor.ui.common.Dialogs;
import io.licensor.ui.common.UndoStack;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the studio's toolbar and the structures' "Apply" do: saved scenarios (new, open, save, save as new, rename by
 * saving under a new name, delete), starting from a license, and applying a structure to a license as its new terms
 * after a confirmation that shows old against new (undoable). Questions go through {@link Dialogs}.
 */
public final class ScenarioCommands {
    private final PortfolioService service;
    private final Scenarios scenarios;
    private final Dialogs dialogs;
    private final UndoStack undo;
    private final ScenarioStudioModel studio;
    private final ObservableList<Scenario> saved = FXCollections.observableArrayList();

    public ScenarioCommands(PortfolioService service, Dialogs dialogs, UndoStack undo, ScenarioStudioModel studio) {
        this.service = service;
        this.scenarios = new Scenarios(service);
        this.dialogs = dialogs;
        this.undo = undo;
        this.studio = studio;
    }

    /** The saved scenarios, by name. */
    public ObservableList<Scenario> saved() {
        return saved;
    }

    /** Reads the saved scenarios again; shows the first one (or a new one) when nothing is shown yet. */
    public void refresh() {
        saved.setAll(scenarios.all());
        if (studio.structures().isEmpty()) {
            if (saved.isEmpty()) {
                studio.load(blank());
            } else {
                studio.load(saved.get(0));
            }
        }
    }

    private Scenario blank() {
        return ScenarioStarts.blank(scenarios.freeName("New scenario"),
                service.settings().reportingCurrency(), LocalDate.now().withDayOfYear(1));
    }

    /** A new comparison (flat against tiered) in the portfolio's reporting currency. */
    public void newScenario() {
        if (confirmLeave("start a new scenario")) {
            studio.load(blank());
        }
    }

    /** Shows the saved scenario {@code id}. */
    public void open(String id) {
        if (id == null || id.equals(studio.scenarioIdProperty().get())) {
            return;
        }
        Optional<Scenario> found = scenarios.find(id);
        if (found.isPresent() && confirmLeave("open \"" + found.get().name() + "\"")) {
            studio.load(found.get());
        }
    }

    /** Compares license {@code id}'s terms with an alternative, over what its licensee reported last year. */
    public void startFromLicense(String id) {
        Optional<License> license = service.license(id);
        if (license.isEmpty() || !confirmLeave("compare alternatives to " + id)) {
            return;
        }
        String name = scenarios.freeName("Alternatives to " + id + " (" + license.get().licensee() + ")");
        studio.load(ScenarioStarts.fromLicense(name, license.get(), service.receipts()));
    }

    /** Saves under the scenario's id (a new one gets one); saving under a changed name renames it. */
    public boolean save() {
        return store(studio.current());
    }

    /** Saves a copy as a new scenario; the name gets " (2)" when it is taken. */
    public boolean saveAsNew() {
        Scenario copy = studio.current().withId(null);
        return store(copy.withName(scenarios.freeName(copy.name().isBlank() ? "Scenario" : copy.name())));
    }

    private boolean store(Scenario scenario) {
        if (studio.inputs() == null) {
            dialogs.showError("Save scenario", "The scenario cannot be saved yet",
                    "Fix these first:\n" + studio.problemsProperty().get());
            return false;
        }
        try {
            Scenario stored = scenarios.save(scenario);
            studio.saved(stored);
            saved.setAll(scenarios.all());
            return true;
        } catch (InputRejectedException e) {
            dialogs.showProblems("Save scenario", "The scenario was not saved", e.problems());
            return false;
        }
    }

    /**
     * Deletes the shown scenario after asking (or, never saved, discards it); then shows the first saved one, or a
     * new one.
     */
    public void delete() {
        String id = studio.scenarioIdProperty().get();
        if (id == null) {
            // never saved: "Discard" drops the edits, after asking when there are any
            if (!studio.isDirty() || dialogs.confirm("Discard scenario", "Discard the unsaved scenario \""
                    + studio.nameProperty().get() + "\"?", "It was never saved; its structures are dropped.",
                    "Discard")) {
                studio.load(saved.isEmpty() ? blank() : saved.get(0));
            }
            return;
        }
        if (!dialogs.confirm("Delete scenario", "Delete the scenario \"" + studio.nameProperty().get() + "\"?",
                "Its structures and revenue projection are removed from the portfolio. Licenses are not changed.",
                "Delete")) {
            return;
        }
        scenarios.delete(id);
        saved.setAll(scenarios.all());
        studio.load(saved.isEmpty() ? blank() : saved.get(0));
    }

    /** Licenses a structure could be applied to: same currency and basis as the scenario. */
    public List<License> applicableLicenses() {
        return service.licenses().stream().filter(l -> l.terms().currency().equals(studio.currency())
                && l.terms().basis() == studio.basis()).toList();
    }

    /**
     * Gives license {@code licenseId} the terms of structure {@code index}, after a confirmation showing old and
     * new terms; Edit > Undo puts the old terms back.
     *
     * @return true when the license was changed
     */
    public boolean applyToLicense(int index, String licenseId) {
        if (studio.inputs() == null) {
            dialogs.showError("Apply terms", "The structure cannot be applied yet",
                    "Fix these first:\n" + studio.problemsProperty().get());
            return false;
        }
        Optional<License> found = service.license(licenseId);
        if (found.isEmpty()) {
            return false;
        }
        License before = found.get();
        StructureDraft draft = studio.structures().get(index);
        RoyaltyTerms structure = draft.terms(studio.currency(), studio.basis(), studio.start());
        try {
            RoyaltyTerms after = Scenarios.termsFor(before, structure);
            String detail = "Before: " + TermsText.describe(before.terms(), studio.locale())
                    + "\n\nAfter: " + TermsText.describe(after, studio.locale())
                    + "\n\nStart date, currency and withholding stay the license's. Edit > Undo puts the old terms back.";
            if (!dialogs.confirm("Apply terms", "Give license " + licenseId + " (" + before.licensee()
                    + ") the terms of \"" + draft.labelProperty().get() + "\"?", detail, "Apply")) {
                return false;
            }
            scenarios.applyStructure(licenseId, structure);
        } catch (InputRejectedException e) {
            dialogs.showProblems("Apply terms", "License " + licenseId + " was not changed", e.problems());
            return false;
        }
        undo.push("Undo new terms of " + licenseId, () -> restore(before));
        return true;
    }

    private boolean restore(License before) {
        try {
            service.saveLicense(before);
        } catch (InputRejectedException e) {
            dialogs.showProblems("Undo", "The old terms of " + before.id() + " could not be restored", e.problems());
        }
        return true;
    }

    /** True when the shown scenario may be replaced: no unsaved changes, or the user saved or dropped them. */
    public boolean confirmLeave(String action) {
        if (!studio.isDirty()) {
            return true;
        }
        return switch (dialogs.askUnsaved("the scenario \"" + studio.nameProperty().get() + "\"", action)) {
            case SAVE -> save();
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }
}

package io.licensor.ui.shell;

import io.licensor.service.DemoPortfolio;
import io.licensor.service.PortfolioService;
import io.licensor.ui.common.BackgroundWork;
import io.licensor.ui.common.Destination;
import io.licensor.ui.common.Navigator;
import io.licensor.ui.common.Dialogs;
import io.licensor.ui.common.MenuCommand;
import io.licensor.ui.common.PortfolioContext;
import io.licensor.ui.common.Section;
import io.licensor.ui.common.SectionProvider;
import io.licensor.ui.common.UndoStack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The main window's presentation model: which portfolio is open (name, folder, demo mark, window title), its
 * sections, and the portfolio-level commands (open, new, import, export, undo). Opening and file work run in the
 * background; failures reach the user through {@link Dialogs}, never as a stack trace.
 */
public final class ShellModel implements AutoCloseable {
    private final Dialogs dialogs;
    private final BackgroundWork work;
    private final UndoStack undo = new UndoStack();
    private final DesktopSettings settings;
    private final List<SectionProvider> providers;
    private final ReadOnlyObjectWrapper<PortfolioContext> context = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Section> sections = FXCollections.observableArrayList();
    // a section not built yet is built when it is selected, and takes its placeholder's place (decision 0110)
    private final ObjectProperty<Section> selectedSection = new SimpleObjectProperty<>() {
        @Override
        public void set(Section section) {
            super.set(built(section));
        }
    };
    private final StringProperty note = new SimpleStringProperty("");
    private final StringBinding title;
    private final PortfolioFiling filing;
    private final PortfolioPasswords passwords;
    private final BackupFiling backups;
    private final Navigator navigator = new Navigator() {
        @Override
        public boolean canGo(Destination.Kind kind) {
            return sections.stream().anyMatch(s -> s.canShow(kind));
        }

        @Override
        public boolean go(Destination destination) {
            return ShellModel.this.go(destination);
        }
    };

    public ShellModel(Dialogs dialogs, BackgroundWork work, DesktopSettings settings,
            List<SectionProvider> providers) {
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.work = Objects.requireNonNull(work, "work");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.providers = providers.stream().sorted(Comparator.comparingInt(SectionProvider::order)).toList();
        this.title = Bindings.createStringBinding(() -> {
            PortfolioContext open = context.get();
            if (open == null) {
                return "Licensor";
            }
            String name = open.service().settings().name();
            // the demo's own name may already say so; "(demo) (demo)" would look broken
            boolean marked = name.toLowerCase(java.util.Locale.ROOT).endsWith("(demo)");
            return "Licensor - " + name + (open.service().isDemo() && !marked ? " (demo)" : "");
        }, context, undo.changesProperty());
        this.filing = new PortfolioFiling(this, dialogs, work);
        this.passwords = new PortfolioPasswords(this, dialogs, work);
        this.backups = new BackupFiling(this, dialogs, work);
    }

    /** The sections listed in META-INF/services (the production set). */
    public static List<SectionProvider> installedSections() {
        return ServiceLoader.load(SectionProvider.class).stream().map(ServiceLoader.Provider::get).toList();
    }

    /** The menu commands listed in META-INF/services, in their order. */
    public static List<MenuCommand> installedCommands() {
        return ServiceLoader.load(MenuCommand.class).stream().map(ServiceLoader.Provider::get)
                .sorted(Comparator.comparingInt(MenuCommand::order)).toList();
    }

    /** Shows the current section's data again, after a menu command changed the portfolio behind its back. */
    public void reloadShownSection() {
        Section shown = selectedSection.get();
        if (shown != null) {
            shown.deactivate();
            shown.activate();
        }
    }

    /**
     * What to open on start: the last portfolio if it is still there; else the default folder's portfolio; on the
     * very first start (the default folder holds none) the demo portfolio, installed there.
     */
    public void start(Path defaultFolder) {
        Optional<Path> last = settings.lastPortfolio();
        if (last.isPresent() && PortfolioFolders.holdsPortfolio(last.get())) {
            open(last.get());
            return;
        }
        last.ifPresent(gone -> note.set("The last portfolio (" + gone + ") is no longer there."));
        if (PortfolioFolders.holdsPortfolio(defaultFolder)) {
            open(defaultFolder);
        } else {
            switchTo("Installing the demo portfolio...", defaultFolder, () -> DemoPortfolio.install(defaultFolder));
        }
    }

    /** Opens the portfolio in {@code folder} (after asking about unsaved edits). */
    public void open(Path folder) {
        PortfolioContext open = context.get();
        if (open != null && open.service().folder().toAbsolutePath().equals(folder.toAbsolutePath())) {
            return;
        }
        if (!confirmLeave("open another portfolio")) {
            return;
        }
        passwords.open(folder);
    }

    /** Runs {@code opener} in the background and shows its portfolio; failures are explained in a dialog. */
    void switchTo(String message, Path folder, Callable<PortfolioService> opener) {
        work.run(message, opener, this::show, error -> PortfolioFiling.explainOpenFailure(dialogs, folder, error));
    }

    /** Shows an opened portfolio in place of the current one, which is closed. */
    void show(PortfolioService service) {
        closeCurrent();
        PortfolioContext opened = new PortfolioContext(service, dialogs, undo, work, navigator);
        sections.setAll(placeholders(opened));
        context.set(opened);
        selectedSection.set(sections.isEmpty() ? null : sections.get(0));
        settings.setLastPortfolio(service.folder());
        settings.save();
    }

    /** Builds the sections again for the open portfolio, e.g. after a file was imported into it. */
    void refresh() {
        PortfolioContext open = context.get();
        if (open == null) {
            return;
        }
        selectedSection.set(null);
        undo.clear();
        PortfolioContext fresh = new PortfolioContext(open.service(), dialogs, undo, work, navigator);
        sections.setAll(placeholders(fresh));
        context.set(fresh);
        selectedSection.set(sections.isEmpty() ? null : sections.get(0));
    }

    /** The first section (shown right away) built, and a not-yet-built placeholder for each of the others. */
    private List<Section> placeholders(PortfolioContext open) {
        List<Section> all = new ArrayList<>(providers.stream()
                .<Section>map(p -> new LazySection(p, open)).toList());
        if (!all.isEmpty()) {
            all.set(0, ((LazySection) all.get(0)).build());
        }
        return all;
    }

    /** {@code section} itself, or for a placeholder the section it builds, put in the placeholder's place. */
    private Section built(Section section) {
        if (!(section instanceof LazySection lazy)) {
            return section;
        }
        Section real = lazy.build();
        int at = sections.indexOf(lazy);
        if (at >= 0) {
            sections.set(at, real);
        }
        return real;
    }

    /**
     * Every section of the open portfolio, each built now if it was not yet (Help > Keyboard shortcuts lists what
     * each section's view offers).
     */
    public List<Section> builtSections() {
        return List.copyOf(sections).stream().map(this::built).toList();
    }

    void closeCurrent() {
        PortfolioContext open = context.get();
        selectedSection.set(null);
        sections.clear();
        undo.clear();
        context.set(null);
        if (open != null) {
            open.service().close();
        }
    }

    /**
     * Shows the first section (in navigation order) that can show {@code destination}, with it selected there; false
     * when no section can.
     */
    public boolean go(Destination destination) {
        for (Section section : sections) {
            if (section.canShow(destination.kind())) {
                selectedSection.set(section);
                selectedSection.get().show(destination);
                return true;
            }
        }
        return false;
    }

    /** Shows the section called {@code title} ("Licenses"); false when the open portfolio has no such section. */
    public boolean showSection(String title) {
        for (Section section : sections) {
            if (section.title().equals(title)) {
                selectedSection.set(section);
                return true;
            }
        }
        return false;
    }

    /** True when every section may be left for {@code action} (each asks about its own unsaved edits). */
    public boolean confirmLeave(String action) {
        for (Section section : sections) {
            if (!section.confirmLeave(action)) {
                return false;
            }
        }
        return true;
    }

    /** File > New portfolio...: an empty portfolio in a chosen folder. */
    public void newPortfolio() {
        filing.newPortfolio();
    }

    /** File > Open portfolio...: a portfolio folder chosen by the user. */
    public void openPortfolio() {
        dialogs.chooseFolder("Open portfolio: choose its folder", currentFolder()).ifPresent(folder -> {
            if (PortfolioFolders.holdsPortfolio(folder)) {
                open(folder);
            } else {
                dialogs.showError("Open portfolio", "There is no portfolio in " + folder + ".",
                        "Choose the folder that holds the portfolio's database (licensor.mv.db), "
                                + "or create one with File > New portfolio...");
            }
        });
    }

    /** File > Set password... / Change password...: protects the open portfolio with a (new) password. */
    public void changePassword() {
        passwords.change();
    }

    /** File > Remove password...: the open portfolio's file is no longer encrypted. */
    public void removePassword() {
        passwords.remove();
    }

    /** The password for a new portfolio in {@code folder}: empty when cancelled, an empty array for none. */
    Optional<char[]> askNewPassword(Path folder) {
        return passwords.askForNewPortfolio(folder);
    }

    /** File > Import portfolio file...: into this portfolio when it is empty, else into a new one. */
    public void importFile() {
        filing.importFile();
    }

    /** File > Export portfolio file...: the whole portfolio as one JSON file. */
    public void exportFile() {
        filing.exportFile();
    }

    /** File > Back up...: a backup zip of the open portfolio, written while it stays open. */
    public void backUp() {
        backups.backUp();
    }

    /** File > Restore from backup...: replaces the open portfolio with a checked backup. */
    public void restore() {
        backups.restore();
    }

    /** Closes the open portfolio without asking (a restore replaces its files next). */
    void closeOpenPortfolio() {
        closeCurrent();
    }

    /** Edit > Undo: takes back the newest change. */
    public void undo() {
        String done = undo.undo();
        if (done != null) {
            note.set(done.replaceFirst("^Undo ", "Undone: "));
        }
    }

    /** Closes the open portfolio (if the user lets go of unsaved edits); false when they chose to stay. */
    public boolean closeForExit() {
        if (!confirmLeave("quit Licensor")) {
            return false;
        }
        closeCurrent();
        return true;
    }

    @Override
    public void close() {
        closeCurrent();
        work.close();
    }

    Path currentFolder() {
        PortfolioContext open = context.get();
        return open == null ? null : open.service().folder();
    }

    public ReadOnlyObjectProperty<PortfolioContext> contextProperty() {
        return context.getReadOnlyProperty();
    }

    public Optional<PortfolioService> service() {
        return Optional.ofNullable(context.get()).map(PortfolioContext::service);
    }

    public ObservableList<Section> sections() {
        return sections;
    }

    public ObjectProperty<Section> selectedSectionProperty() {
        return selectedSection;
    }

    /** "Licensor - Jane Doe's IP (demo)". */
    public StringBinding titleProperty() {
        return title;
    }

    /** A short message for the status bar ("Exported to ...", "Undone: delete of A3"). */
    public StringProperty noteProperty() {
        return note;
    }

    public UndoStack undoStack() {
        return undo;
    }

    public BackgroundWork work() {
        return work;
    }

    public DesktopSettings settings() {
        return settings;
    }

    static boolean isEmptyFolder(Path folder) {
        try (var entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (java.io.IOException e) {
            return false;
        }
    }
}

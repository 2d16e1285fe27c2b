package io.licensor.ui.shell;

import io.licensor.model.Asset;
import io.licensor.model.License;
import io.licensor.service.PortfolioService;
import io.licensor.ui.common.Destination;
import io.licensor.ui.common.PortfolioContext;
import io.licensor.ui.common.Section;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.feather.Feather;

/**
 * When and where the welcome panel shows, and what it offers. On the demo portfolio: four things to try, shown by
 * itself each time the demo opens until the user chooses "Don't show again" (remembered in {@link DesktopSettings}).
 * On an empty portfolio: what to do first (add an asset, import a portfolio file, name it), shown by itself while
 * it is empty. Help > Welcome shows it on any portfolio. Each link goes to its place and closes the panel; a link is
 * offered only when its place exists in the open portfolio.
 *
 * <p>The system property {@value #AUTO_PROPERTY}{@code =off} keeps it from opening by itself (Help > Welcome still
 * works): the test suite and the screenshot tools set it, so the card does not cover the sections they look at.
 */
final class Welcome {
    static final String AUTO_PROPERTY = "licensor.welcome";
    private static final String HELP =
            "Help > Welcome shows this again; Help > Keyboard shortcuts lists the shortcuts.";
    private static final String DEMO_HELP = "When you are ready, File > New portfolio... starts your own. " + HELP;

    private final ShellModel shell;
    private final StackPane area;
    private final WelcomePanel panel;
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper();
    /** Portfolio folders whose panel was closed in this run: not shown again by itself (e.g. after an import). */
    private final java.util.Set<java.nio.file.Path> closedThisRun = new java.util.HashSet<>();

    Welcome(ShellModel shell, StackPane area) {
        this.shell = shell;
        this.area = area;
        this.panel = new WelcomePanel(this::close, this::dontShowAgain);
        shell.contextProperty().addListener((obs, old, open) -> {
            // another portfolio (or none): the card's links and words were for the one before
            hide();
            if (open != null && shouldOpenByItself(open)) {
                // after the first section has been put in place, so the card lies over it
                Platform.runLater(this::show);
            }
        });
    }

    private boolean shouldOpenByItself(PortfolioContext open) {
        PortfolioService service = open.service();
        if ("off".equalsIgnoreCase(System.getProperty(AUTO_PROPERTY, ""))
                || closedThisRun.contains(service.folder().toAbsolutePath())) {
            return false;
        }
        return service.isDemo() ? !shell.settings().welcomeDismissed() : service.isEmpty();
    }

    /** Help > Welcome: shows the panel over the open portfolio (no-op while none is open). */
    void show() {
        Optional<PortfolioService> service = shell.service();
        if (service.isEmpty()) {
            return;
        }
        if (service.get().isEmpty()) {
            panel.fill("\"" + service.get().settings().name() + "\" is empty. Start with one of these:",
                    firstSteps(), HELP, false);
        } else {
            panel.fill(service.get().isDemo()
                    ? "This is a demo portfolio with made-up data, so try anything. Four good places to start:"
                    : "Four good places to start:", links(service.get()),
                    service.get().isDemo() ? DEMO_HELP : HELP,
                    !shell.settings().welcomeDismissed());
        }
        if (!area.getChildren().contains(panel.node())) {
            area.getChildren().add(panel.node());
        }
        showing.set(true);
        panel.focus();
    }

    private List<WelcomePanel.Link> links(PortfolioService service) {
        Map<String, Section> byTitle = shell.sections().stream()
                .collect(Collectors.toMap(Section::title, Function.identity(), (a, b) -> a));
        List<WelcomePanel.Link> links = new ArrayList<>();
        section(byTitle, "Assets").ifPresent(s -> links.add(new WelcomePanel.Link("Audit your assets",
                "Every work you own in one register: owners, valuations, and flags for what needs attention.",
                s.icon(), go(s.title()))));
        section(byTitle, "Licenses").ifPresent(s -> links.add(new WelcomePanel.Link("Record a license",
                "Who may use which asset, where, and on what royalty terms; the royalty is previewed as you type.",
                s.icon(), go(s.title()))));
        section(byTitle, "Scenarios").ifPresent(s -> links.add(new WelcomePanel.Link("Compare tier structures",
                "Two royalty structures side by side on the same sales: which pays more, and from when.",
                s.icon(), go(s.title()))));
        if (shell.sections().stream().anyMatch(s -> s.canShow(Destination.Kind.ASSET_DASHBOARD))) {
            showcaseAsset(service).ifPresent(asset -> links.add(new WelcomePanel.Link("Read an asset's dashboard",
                    "What \"" + asset.title() + "\" earns, what was expected against what came in, and its risks.",
                    Feather.BAR_CHART_2, () -> {
                        close();
                        shell.go(Destination.assetDashboard(asset.id()));
                    })));
        }
        return links;
    }

    /** What a new, empty portfolio needs first. */
    private List<WelcomePanel.Link> firstSteps() {
        Map<String, Section> byTitle = shell.sections().stream()
                .collect(Collectors.toMap(Section::title, Function.identity(), (a, b) -> a));
        List<WelcomePanel.Link> links = new ArrayList<>();
        section(byTitle, "Assets").ifPresent(s -> links.add(new WelcomePanel.Link("Add your first asset",
                "A work you own: a song, a photo series, software, a patent. Opens a new asset in Assets (Ctrl+N).",
                Feather.PLUS_CIRCLE, () -> {
                    close();
                    shell.showSection(s.title());
                    // once the register is on screen, so the new asset's title field can take the focus
                    Platform.runLater(() -> addNew(s));
                })));
        links.add(new WelcomePanel.Link("Import a portfolio file",
                "Bring in a whole portfolio from a Licensor JSON file (File > Import portfolio file...).",
                Feather.UPLOAD, () -> {
                    close();
                    shell.importFile();
                }));
        section(byTitle, "Settings").ifPresent(s -> links.add(new WelcomePanel.Link("Name your portfolio",
                "In Settings: its name, your home country and the currency totals are reported in.",
                s.icon(), go(s.title()))));
        return links;
    }

    /** Runs the section's own Ctrl+N, the same as pressing it there. */
    private static void addNew(Section section) {
        section.accelerators().entrySet().stream()
                .filter(e -> e.getKey() instanceof javafx.scene.input.KeyCodeCombination k
                        && k.getCode() == javafx.scene.input.KeyCode.N)
                .findFirst().ifPresent(e -> e.getValue().run());
    }

    private static Optional<Section> section(Map<String, Section> byTitle, String title) {
        return Optional.ofNullable(byTitle.get(title));
    }

    private Runnable go(String sectionTitle) {
        return () -> {
            close();
            shell.showSection(sectionTitle);
        };
    }

    /** The asset with the most licenses (the first such by id): its dashboard has the most to show. */
    static Optional<Asset> showcaseAsset(PortfolioService service) {
        Map<String, Long> licenseCount = service.licenses().stream().map(License::assetIds)
                .flatMap(List::stream).collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return service.assets().stream()
                .min(Comparator.comparing((Asset a) -> -licenseCount.getOrDefault(a.id(), 0L))
                        .thenComparing(a -> a.id().length()).thenComparing(Asset::id));
    }

    /** Close and Escape: gone for this run. */
    void close() {
        shell.service().ifPresent(s -> closedThisRun.add(s.folder().toAbsolutePath()));
        hide();
    }

    /** "Don't show again": gone for good (until Help > Welcome). */
    void dontShowAgain() {
        shell.settings().setWelcomeDismissed(true);
        shell.settings().save();
        close();
    }

    private void hide() {
        javafx.scene.Node focused = area.getScene() == null ? null : area.getScene().getFocusOwner();
        for (javafx.scene.Node n = focused; n != null; n = n.getParent()) {
            if (n == panel.node()) {
                // hand the focus on first: a removed focus owner makes the scene pick a new one on the next pulse,
                // which would take it from the field a link has just focused (Add your first asset)
                area.requestFocus();
                break;
            }
        }
        area.getChildren().remove(panel.node());
        showing.set(false);
    }

    ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }
}

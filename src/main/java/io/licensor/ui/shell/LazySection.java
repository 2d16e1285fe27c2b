package io.licensor.ui.shell;

import io.licensor.ui.common.Destination;
import io.licensor.ui.common.PortfolioContext;
import io.licensor.ui.common.Section;
import io.licensor.ui.common.SectionProvider;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;

/**
 * A section of the open portfolio that is not built yet (decision 0110): the navigation needs only its title and
 * icon, which the provider knows, so its view, controller and model are made on the first visit. {@link ShellModel}
 * then puts the built section in its place in the list; a caller still holding this placeholder reaches the same
 * built section through it.
 */
final class LazySection implements Section {
    private final SectionProvider provider;
    private final PortfolioContext context;
    private Section built;

    LazySection(SectionProvider provider, PortfolioContext context) {
        this.provider = provider;
        this.context = context;
    }

    /** The real section, built now if it was not yet (on the FX thread). */
    Section build() {
        if (built == null) {
            built = provider.create(context);
        }
        return built;
    }

    boolean isBuilt() {
        return built != null;
    }

    @Override
    public String title() {
        return provider.title();
    }

    @Override
    public Ikon icon() {
        return provider.icon();
    }

    @Override
    public Node view() {
        return build().view();
    }

    @Override
    public void activate() {
        build().activate();
    }

    @Override
    public void deactivate() {
        if (built != null) {
            built.deactivate();
        }
    }

    @Override
    public Map<KeyCombination, Runnable> accelerators() {
        return build().accelerators();
    }

    /** A section never shown has no edits to lose. */
    @Override
    public boolean confirmLeave(String action) {
        return built == null || built.confirmLeave(action);
    }

    @Override
    public boolean canShow(Destination.Kind kind) {
        return built == null ? provider.canShow(kind) : built.canShow(kind);
    }

    @Override
    public void show(Destination destination) {
        build().show(destination);
    }

    @Override
    public String toString() {
        return "not yet built " + title();
    }
}

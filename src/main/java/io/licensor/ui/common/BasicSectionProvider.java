package io.licensor.ui.common;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.kordamp.ikonli.Ikon;

/**
 * A provider that answers the navigation's questions from fixed values: its place, its title, its icon and the kinds
 * of destination its section shows. Sections keep those values in constants and hand the same ones to this provider
 * and to the built section, so the two always answer alike (see {@link SectionProvider}).
 */
public abstract class BasicSectionProvider implements SectionProvider {
    private final int order;
    private final String title;
    private final Ikon icon;
    private final Set<Destination.Kind> shows;

    protected BasicSectionProvider(int order, String title, Ikon icon, Destination.Kind... shows) {
        this.order = order;
        this.title = Objects.requireNonNull(title, "title");
        this.icon = Objects.requireNonNull(icon, "icon");
        this.shows = shows.length == 0 ? Set.of() : EnumSet.of(shows[0], shows);
    }

    @Override
    public final int order() {
        return order;
    }

    @Override
    public final String title() {
        return title;
    }

    @Override
    public final Ikon icon() {
        return icon;
    }

    @Override
    public final boolean canShow(Destination.Kind kind) {
        return shows.contains(kind);
    }
}

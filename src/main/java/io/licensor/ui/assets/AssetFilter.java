package io.licensor.ui.assets;

import io.licensor.model.Asset;
import io.licensor.model.AssetType;
import io.licensor.model.Owner;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Which assets the register shows. The search matches, case-insensitively, every word typed against the id, title,
 * description, registration number, jurisdictions, owners, tags, component names and licenses (all words must match
 * somewhere, so "gpl acme" narrows); the other criteria are exact, null meaning "any".
 */
public record AssetFilter(String search, AssetType type, String owner, String tag, boolean flaggedOnly) {

    public static final AssetFilter NONE = new AssetFilter("", null, null, null, false);

    /** True when the asset passes; {@code flags} are the current risk flags by asset id. */
    public boolean test(Asset asset, Map<String, List<AssetFlag>> flags) {
        if (type != null && asset.type() != type) {
            return false;
        }
        if (owner != null && asset.owners().stream().noneMatch(o -> o.name().equals(owner))) {
            return false;
        }
        if (tag != null && !asset.tags().contains(tag)) {
            return false;
        }
        if (flaggedOnly && flags.getOrDefault(asset.id(), List.of()).isEmpty()) {
            return false;
        }
        return matchesSearch(asset);
    }

    private boolean matchesSearch(Asset asset) {
        if (search == null || search.isBlank()) {
            return true;
        }
        String haystack = searchableText(asset);
        for (String word : search.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }

    static String searchableText(Asset asset) {
        Stream<String> parts = Stream.of(
                Stream.of(asset.id(), asset.title(), asset.description(), asset.registrationNumber(),
                        asset.type().name(), asset.provenance()),
                asset.jurisdictions().stream(),
                asset.owners().stream().map(Owner::name),
                asset.tags().stream(),
                asset.components().stream().flatMap(c -> Stream.of(c.name(), c.license())))
                .flatMap(s -> s);
        StringBuilder text = new StringBuilder();
        parts.filter(s -> s != null && !s.isBlank()).forEach(s -> text.append(s).append('\n'));
        return text.toString().toLowerCase(Locale.ROOT);
    }
}

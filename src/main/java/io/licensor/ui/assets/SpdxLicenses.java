package io.licensor.ui.assets;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the asset form knows about SPDX license ids: the official list (shipped as a resource, SPDX license list via
 * the npm packages spdx-license-ids 3.0.24 and spdx-exceptions 2.5.0), simple expressions
 * ({@code MIT OR Apache-2.0}, {@code GPL-2.0-only WITH Classpath-exception-2.0}, {@code LicenseRef-...}), and which
 * ids are strong copyleft (the list of metrics.md's COPYLEFT_COMPONENT flag).
 */
public final class SpdxLicenses {

    /** Strong copyleft ids, exactly as metrics.md lists them for the COPYLEFT_COMPONENT flag. */
    public static final Set<String> STRONG_COPYLEFT = Set.of("GPL-2.0-only", "GPL-2.0-or-later", "GPL-3.0-only",
            "GPL-3.0-or-later", "AGPL-3.0-only", "AGPL-3.0-or-later", "SSPL-1.0", "GPL-2.0", "GPL-3.0", "AGPL-3.0");

    private static final Pattern TOKENS = Pattern.compile("[\\s()]+");
    private static final SpdxLicenses INSTANCE = new SpdxLicenses();

    private final Map<String, String> licensesByLowerCase = new HashMap<>();
    private final Map<String, String> exceptionsByLowerCase = new HashMap<>();

    private SpdxLicenses() {
        for (String id : read("spdx-license-ids.txt")) {
            licensesByLowerCase.put(id.toLowerCase(Locale.ROOT), id);
        }
        for (String id : read("spdx-exception-ids.txt")) {
            exceptionsByLowerCase.put(id.toLowerCase(Locale.ROOT), id);
        }
    }

    public static SpdxLicenses instance() {
        return INSTANCE;
    }

    /** The ids in an expression that are not SPDX license (or, after WITH, exception) ids, as written. */
    public List<String> unknownIds(String expression) {
        List<String> unknown = new ArrayList<>();
        boolean afterWith = false;
        for (String token : TOKENS.split(expression.trim())) {
            if (token.isEmpty()) {
                continue;
            }
            String upper = token.toUpperCase(Locale.ROOT);
            if (upper.equals("AND") || upper.equals("OR") || upper.equals("WITH")) {
                afterWith = upper.equals("WITH");
                continue;
            }
            if (!isKnown(token, afterWith)) {
                unknown.add(token);
            }
            afterWith = false;
        }
        return unknown;
    }

    private boolean isKnown(String token, boolean exception) {
        String id = token.endsWith("+") ? token.substring(0, token.length() - 1) : token;
        if (id.startsWith("LicenseRef-") || id.startsWith("DocumentRef-")) {
            return true;
        }
        Map<String, String> known = exception ? exceptionsByLowerCase : licensesByLowerCase;
        return id.equals(known.get(id.toLowerCase(Locale.ROOT)));
    }

    /** The official spelling when {@code id} only differs in case ({@code mit} -> {@code MIT}). */
    public Optional<String> officialSpelling(String id) {
        return Optional.ofNullable(licensesByLowerCase.get(id.toLowerCase(Locale.ROOT)))
                .or(() -> Optional.ofNullable(exceptionsByLowerCase.get(id.toLowerCase(Locale.ROOT))));
    }

    /** True when any id in the expression is strong copyleft. */
    public boolean isStrongCopyleft(String expression) {
        if (expression == null) {
            return false;
        }
        for (String token : TOKENS.split(expression.trim())) {
            if (STRONG_COPYLEFT.contains(token) || STRONG_COPYLEFT.contains(token.replace("+", ""))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> read(String resource) {
        List<String> ids = new ArrayList<>();
        try (InputStream in = SpdxLicenses.class.getResourceAsStream(resource);
                BufferedReader reader = new BufferedReader(new InputStreamReader(
                        java.util.Objects.requireNonNull(in, resource), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    ids.add(line.trim());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ids;
    }
}

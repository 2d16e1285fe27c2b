package io.licensor.analytics.metrics;

import io.licensor.model.Component;
import java.util.Locale;

/** Whether a component is under a strong copyleft license, by the same list the COPYLEFT_COMPONENT flag uses. */
public final class Copyleft {
    private Copyleft() {}

    /** True when the component's SPDX id (any case, surrounding blanks ignored) is a strong copyleft license. */
    public static boolean isStrong(Component component) {
        return component.license() != null
                && RiskFlags.STRONG_COPYLEFT.contains(component.license().trim().toUpperCase(Locale.ROOT));
    }
}

package io.licensor.ui.imports;

import io.licensor.model.License;
import java.util.Objects;

/**
 * A license as the wizard offers it: "L1  Acme Analytics Inc. (USD)".
 *
 * @param id       the license id
 * @param licensee who pays
 * @param currency its currency code
 */
record LicenseChoice(String id, String licensee, String currency) {

    LicenseChoice {
        Objects.requireNonNull(id, "id");
    }

    static LicenseChoice of(License license) {
        return new LicenseChoice(license.id(), license.licensee(), license.terms().currency().getCurrencyCode());
    }

    @Override
    public String toString() {
        return id + "  " + licensee + " (" + currency + ")";
    }
}

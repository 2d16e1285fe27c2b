package io.licensor.service;

import io.licensor.model.EnforcementEntry;
import io.licensor.model.InputRejectedException;
import io.licensor.model.License;
import io.licensor.model.Problem;
import io.licensor.model.Receipt;
import io.licensor.persistence.Repositories;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * License use cases that touch more than one record, each in one transaction: deleting a license together with what
 * refers to it (and putting it all back for Undo), and renewing a license into its successor.
 */
public final class LicenseOperations {
    private final PortfolioService service;

    public LicenseOperations(PortfolioService service) {
        this.service = Objects.requireNonNull(service, "service");
    }

    /**
     * What {@link #delete(String)} would take with the license, for the confirmation; nothing changes.
     *
     * @throws InputRejectedException when there is no such license
     */
    public LicenseRemoval whatGoesWith(String licenseId) {
        return service.inOneTransaction(r -> gather(r, licenseId));
    }

    /**
     * Deletes the license with its receipts and the enforcement entries naming it, and unlinks the licenses that
     * renew it, all in one transaction. Returns everything as it was, for {@link #restore(LicenseRemoval)}.
     *
     * @throws InputRejectedException when there is no such license
     */
    public LicenseRemoval delete(String licenseId) {
        return service.inOneTransaction(r -> {
            LicenseRemoval removal = gather(r, licenseId);
            for (License renewal : removal.renewals()) {
                r.licenses().save(withRenewalOf(renewal, null));
            }
            removal.receipts().forEach(receipt -> r.receipts().delete(receipt.id()));
            removal.enforcement().forEach(entry -> r.enforcement().delete(entry.id()));
            r.licenses().delete(licenseId);
            return removal;
        });
    }

    /** Puts back what {@link #delete(String)} removed, in one transaction. */
    public void restore(LicenseRemoval removal) {
        service.inOneTransaction(r -> {
            r.licenses().save(removal.license());
            removal.renewals().forEach(r.licenses()::save);
            removal.receipts().forEach(r.receipts()::save);
            removal.enforcement().forEach(r.enforcement()::save);
            return null;
        });
    }

    /**
     * Stores the successor of the license ({@link #successorOf}) under the next free id and returns it.
     *
     * @throws InputRejectedException when the license does not exist, has no end, or is already renewed
     */
    public License renew(String licenseId) {
        License license = service.license(licenseId).orElseThrow(() -> unknown(licenseId));
        List<Problem> problems = new ArrayList<>();
        if (license.end() == null) {
            problems.add(new Problem("end", "has no end date, so there is no term to renew"));
        }
        List<String> renewals = service.licenses().stream().filter(l -> licenseId.equals(l.renewalOf()))
                .map(License::id).toList();
        if (!renewals.isEmpty()) {
            problems.add(new Problem("renewalOf", "is already renewed by " + String.join(", ", renewals)));
        }
        if (!problems.isEmpty()) {
            throw new InputRejectedException("license " + licenseId, problems);
        }
        License successor = successorOf(license, service.nextLicenseId());
        service.saveLicense(successor);
        return successor;
    }

    /**
     * The license that renews {@code license} under {@code newId}: it starts the day after the license ends, runs
     * for the same length in calendar terms (a 2-year license from 1 January is followed by one ending on 31
     * December two years later), covers the same assets for the same licensee on the same grant, and copies the
     * terms, whose start moves with the license. Its renewalOf names {@code license}.
     *
     * @throws IllegalArgumentException when the license has no end
     */
    public static License successorOf(License license, String newId) {
        if (license.end() == null) {
            throw new IllegalArgumentException("license " + license.id() + " has no end to renew from");
        }
        // Period counts whole years and months, so leap days do not shift a yearly license's end by a day.
        Period length = Period.between(license.start(), license.end().plusDays(1));
        LocalDate start = license.end().plusDays(1);
        LocalDate end = start.plus(length).minusDays(1);
        return new License(newId, license.licensee(), license.licenseeCountry(), license.assetIds(), start, end,
                license.exclusive(), license.territory(), license.fieldOfUse(), license.id(),
                license.terms().withStartDate(start));
    }

    private static LicenseRemoval gather(Repositories r, String licenseId) {
        License license = r.licenses().find(licenseId).orElseThrow(() -> unknown(licenseId));
        List<Receipt> receipts = r.receipts().idsOfLicense(licenseId).stream()
                .map(id -> r.receipts().find(id).orElseThrow()).toList();
        List<EnforcementEntry> entries = r.enforcement().idsOfLicense(licenseId).stream()
                .map(id -> r.enforcement().find(id).orElseThrow()).toList();
        List<License> renewals = r.licenses().idsRenewing(licenseId).stream()
                .map(id -> r.licenses().find(id).orElseThrow()).toList();
        return new LicenseRemoval(license, receipts, entries, renewals);
    }

    private static License withRenewalOf(License l, String renewalOf) {
        return new License(l.id(), l.licensee(), l.licenseeCountry(), l.assetIds(), l.start(), l.end(),
                l.exclusive(), l.territory(), l.fieldOfUse(), renewalOf, l.terms());
    }

    private static InputRejectedException unknown(String licenseId) {
        return new InputRejectedException(null, new Problem("license " + licenseId, "does not exist (any more)"));
    }
}

package io.licensor.service;

import io.licensor.model.Asset;
import io.licensor.model.EnforcementEntry;
import io.licensor.model.FxRate;
import io.licensor.model.InputRejectedException;
import io.licensor.model.License;
import io.licensor.model.Portfolio;
import io.licensor.model.PortfolioChecks;
import io.licensor.model.PortfolioSettings;
import io.licensor.model.Problem;
import io.licensor.model.Receipt;
import io.licensor.model.RecordChecks;
import io.licensor.persistence.Database;
import io.licensor.persistence.Repositories;
import java.lang.ref.SoftReference;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One open portfolio: the use cases the desktop app and the command line share. Every write is one transaction and
 * is refused whole ({@link InputRejectedException}, naming each field) when the data breaks a rule of
 * {@link RecordChecks}; a refused write changes nothing. Thread-safe. Close it when done: closing shuts the database
 * down cleanly so the process can exit at once.
 */
public final class PortfolioService implements AutoCloseable {
    static final String DEMO_KEY = "demo";

    private final Path folder;
    private final Database db;
    private volatile KeptSnapshot kept;

    /** The latest snapshot, held softly (the garbage collector may take it back), with the write count it was read at. */
    private record KeptSnapshot(long writes, SoftReference<Portfolio> portfolio) {}

    PortfolioService(Path folder, Database db) {
        this.folder = folder;
        this.db = db;
    }

    /**
     * Opens the portfolio in {@code folder}, creating the folder and an empty portfolio when absent, and brings its
     * database schema up to date.
     *
     * @throws PortfolioInUseException when another Licensor window or command has it open (the message names it)
     * @throws PortfolioTooNewException when a newer Licensor saved it; nothing was touched
     * @throws PortfolioOpenException when it cannot be opened for any other reason, with a message a person can act on
     */
    public static PortfolioService open(Path folder) {
        return open(folder, null);
    }

    /**
     * Opens the portfolio as {@link #open(Path)} does, with its password (null for none). A portfolio created here
     * is encrypted when a password is given (docs/decisions/0088); an existing one is opened as it is: the password
     * of an unencrypted portfolio is not used.
     *
     * @throws PortfolioPasswordException when it is encrypted and the password is missing or wrong; nothing changed
     */
    public static PortfolioService open(Path folder, char[] password) {
        return PortfolioOpening.open(folder, password);
    }

    /** True when the folder holds a portfolio (open() would find one rather than create one). */
    public static boolean exists(Path folder) {
        return PortfolioFolder.holdsPortfolio(folder.toAbsolutePath().normalize());
    }

    /** The portfolio's folder (absolute). */
    public Path folder() {
        return folder;
    }

    /** True when the portfolio is encrypted and {@code password} is its password. Slow on purpose (key derivation). */
    public boolean passwordMatches(char[] password) {
        return password != null && password.length > 0 && db.keyMatches(PortfolioPassword.fileKey(password));
    }

    /** True when the portfolio's database file is encrypted with a password. */
    public boolean encrypted() {
        return db.encrypted();
    }

    /** The portfolio's name, home country and reporting currency. */
    public PortfolioSettings settings() {
        return db.read(r -> r.settings().find()).orElseGet(() -> DefaultSettings.forFolder(folder));
    }

    /** Saves the settings; refused with the fields' problems when they break a rule. */
    public void saveSettings(PortfolioSettings settings) {
        reject("settings", RecordChecks.settings(settings));
        db.write(r -> {
            r.settings().save(settings);
            return null;
        });
    }

    /** True when the portfolio was created from the bundled demo portfolio. */
    public boolean isDemo() {
        return db.read(r -> r.meta().get(DEMO_KEY)).map(Boolean::parseBoolean).orElse(false);
    }

    /** True when the portfolio holds no assets, licenses, receipts, enforcement entries or exchange rates. */
    public boolean isEmpty() {
        return db.read(PortfolioService::isEmpty);
    }

    private static boolean isEmpty(Repositories r) {
        return r.assets().count() == 0 && r.licenses().count() == 0 && r.receipts().count() == 0
                && r.enforcement().count() == 0 && r.fxRates().count() == 0;
    }

    /** Every asset, in natural id order (A2 before A10). */
    public List<Asset> assets() {
        return db.read(r -> r.assets().findAll());
    }

    public Optional<Asset> asset(String id) {
        return db.read(r -> r.assets().find(id));
    }

    /** Inserts the asset or replaces the one with its id, with all its owners, valuations, components and tags. */
    public void saveAsset(Asset asset) {
        reject("asset " + asset.id(), RecordChecks.asset(asset));
        db.write(r -> {
            r.assets().save(asset);
            return null;
        });
    }

    /**
     * Deletes the asset with its child rows (nothing happens when there is no such asset).
     *
     * @throws InputRejectedException naming the licenses and enforcement entries that still refer to it
     */
    public void deleteAsset(String id) {
        db.write(r -> {
            StillUsed.refuseIfUsed("asset " + id, List.of(
                    new StillUsed.By("license", "licenses", r.licenses().idsCoveringAsset(id)),
                    new StillUsed.By("enforcement entry", "enforcement entries", r.enforcement().idsOfAsset(id))));
            r.assets().delete(id);
            return null;
        });
    }

    /** "A" + (the largest number n among ids A&lt;n&gt;, plus 1); "A1" when there is none. */
    public String nextAssetId() {
        return NextId.after("A", db.read(r -> r.assets().ids()));
    }

    /** Every license, in natural id order. */
    public List<License> licenses() {
        return db.read(r -> r.licenses().findAll());
    }

    public Optional<License> license(String id) {
        return db.read(r -> r.licenses().find(id));
    }

    /**
     * Inserts the license or replaces the one with its id. Refused when it breaks a rule or names an asset or a
     * renewed license that does not exist.
     */
    public void saveLicense(License license) {
        List<Problem> problems = new ArrayList<>(RecordChecks.license(license));
        reject("license " + license.id(), problems);
        db.write(r -> {
            for (int i = 0; i < license.assetIds().size(); i++) {
                if (!r.assets().exists(license.assetIds().get(i))) {
                    problems.add(new Problem("assets[" + i + "]", "no asset has the id " + license.assetIds().get(i)));
                }
            }
            if (license.renewalOf() != null && !r.licenses().exists(license.renewalOf())) {
                problems.add(new Problem("renewalOf", "no license has the id " + license.renewalOf()));
            }
            reject("license " + license.id(), problems);
            r.licenses().save(license);
            return null;
        });
    }

    /**
     * Deletes the license with its tiers (nothing happens when there is no such license).
     *
     * @throws InputRejectedException naming the receipts, enforcement entries and renewals that still refer to it
     */
    public void deleteLicense(String id) {
        db.write(r -> {
            StillUsed.refuseIfUsed("license " + id, List.of(
                    new StillUsed.By("receipt", "receipts", r.receipts().idsOfLicense(id)),
                    new StillUsed.By("enforcement entry", "enforcement entries", r.enforcement().idsOfLicense(id)),
                    new StillUsed.By("renewal", "renewals", r.licenses().idsRenewing(id))));
            r.licenses().delete(id);
            return null;
        });
    }

    /**
     * Runs {@code work} in one write transaction, for use cases of this package that change several records at once
     * (a license with its receipts): all of it is committed, or nothing when it throws.
     */
    <T> T inOneTransaction(Function<Repositories, T> work) {
        return db.write(work);
    }

    /** "L" + (the largest number among ids L&lt;n&gt;, plus 1). */
    public String nextLicenseId() {
        return NextId.after("L", db.read(r -> r.licenses().findAll().stream().map(License::id).toList()));
    }

    /** Every receipt, in natural id order. */
    public List<Receipt> receipts() {
        return db.read(r -> r.receipts().findAll());
    }

    /** The receipt with this id. */
    public Optional<Receipt> receipt(String id) {
        return db.read(r -> r.receipts().find(id));
    }

    /** Inserts the receipt or replaces the one with its id; refused when its license does not exist. */
    public void saveReceipt(Receipt receipt) {
        db.write(r -> {
            Optional<License> license = r.licenses().find(receipt.licenseId());
            List<Problem> problems = new ArrayList<>(RecordChecks.receipt(receipt,
                    license.map(l -> l.terms().currency()).orElse(null)));
            if (license.isEmpty()) {
                problems.add(new Problem("license", "no license has the id " + receipt.licenseId()));
            }
            reject("receipt " + receipt.id(), problems);
            r.receipts().save(receipt);
            return null;
        });
    }

    public void deleteReceipt(String id) {
        db.write(r -> {
            r.receipts().delete(id);
            return null;
        });
    }

    /** Every enforcement entry, in natural id order. */
    public List<EnforcementEntry> enforcement() {
        return db.read(r -> r.enforcement().findAll());
    }

    /** The enforcement entry with this id. */
    public Optional<EnforcementEntry> enforcementEntry(String id) {
        return db.read(r -> r.enforcement().find(id));
    }

    /** Inserts the entry or replaces the one with its id; refused when its asset or license does not exist. */
    public void saveEnforcement(EnforcementEntry entry) {
        db.write(r -> {
            List<Problem> problems = new ArrayList<>(RecordChecks.enforcement(entry));
            if (entry.assetId() != null && !r.assets().exists(entry.assetId())) {
                problems.add(new Problem("asset", "no asset has the id " + entry.assetId()));
            }
            if (entry.licenseId() != null && !r.licenses().exists(entry.licenseId())) {
                problems.add(new Problem("license", "no license has the id " + entry.licenseId()));
            }
            reject("enforcement entry " + entry.id(), problems);
            r.enforcement().save(entry);
            return null;
        });
    }

    public void deleteEnforcement(String id) {
        db.write(r -> {
            r.enforcement().delete(id);
            return null;
        });
    }

    /** Every exchange rate, by currency and date. */
    public List<FxRate> fxRates() {
        return db.read(r -> r.fxRates().findAll());
    }

    /** Inserts the rate or replaces the one of the same currency and date. */
    public void saveFxRate(FxRate rate) {
        reject("exchange rate " + rate.currency() + " " + rate.date(), RecordChecks.fxRate(rate));
        db.write(r -> {
            r.fxRates().save(rate);
            return null;
        });
    }

    public void deleteFxRate(Currency currency, LocalDate date) {
        db.write(r -> {
            r.fxRates().delete(currency, date);
            return null;
        });
    }

    /**
     * The whole portfolio as one consistent, immutable value. Until the next write the same value is handed out again
     * (held softly: when memory runs short it is read again), so the sections showing a million receipts (the
     * dashboard, the receipts) share one copy of them instead of each reading its own.
     */
    public Portfolio snapshot() {
        long writes = db.writeCount();
        KeptSnapshot last = kept;
        Portfolio p = last == null || last.writes() != writes ? null : last.portfolio().get();
        if (p != null) {
            return p;
        }
        Portfolio read = readSnapshot();
        // a write between the count and the read makes the kept value look older than it is: read again next time
        kept = new KeptSnapshot(writes, new SoftReference<>(read));
        return read;
    }

    /** The whole portfolio read from the database now, never the kept value (what {@link #snapshot()} costs anew). */
    public Portfolio readSnapshot() {
        return db.read(r -> new Portfolio(
                r.settings().find().orElseGet(() -> DefaultSettings.forFolder(folder)),
                r.assets().findAll(), r.licenses().findAll(), r.receipts().findAll(), r.enforcement().findAll(),
                r.fxRates().findAll()));
    }

    /**
     * Loads a whole portfolio, settings included, into this empty one: all of it in one transaction, or nothing.
     *
     * @throws InputRejectedException when this portfolio is not empty, or with every problem of the portfolio
     */
    public void importPortfolio(Portfolio p) {
        reject("portfolio", PortfolioChecks.problems(p));
        db.write(r -> {
            if (!isEmpty(r)) {
                throw new InputRejectedException(null, new Problem("portfolio in " + folder,
                        "already holds data; a portfolio file can only be imported into a new or empty portfolio"));
            }
            r.settings().save(p.settings());
            r.assets().insertAll(p.assets());
            r.licenses().insertAll(p.licenses());
            r.receipts().insertAll(p.receipts());
            r.enforcement().insertAll(p.enforcement());
            r.fxRates().insertAll(p.fxRates());
            return null;
        });
    }

    /** Marks the portfolio as the demo (or not). */
    void markDemo(boolean demo) {
        db.write(r -> {
            if (demo) {
                r.meta().put(DEMO_KEY, "true");
            } else {
                r.meta().remove(DEMO_KEY);
            }
            return null;
        });
    }

    /** The database, for the other use cases of this package (statement import) that need their own queries. */
    Database database() {
        return db;
    }

    /** Shuts the database down cleanly; safe to call twice. */
    @Override
    public void close() {
        db.close();
    }

    /**
     * Shuts the database down and rewrites its file without the free space that bulk writes leave in it (a million
     * generated receipts left a 712 MB file whose live pages fit in 89 MB). Takes seconds on a big portfolio; the old
     * file stays whole until the new one is complete. Safe to call twice, and after {@link #close()}.
     */
    public void closeCompacted() {
        db.closeCompacted();
    }

    private static void reject(String what, List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new InputRejectedException(what, problems);
        }
    }
}

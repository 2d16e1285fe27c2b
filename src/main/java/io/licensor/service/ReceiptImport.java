package io.licensor.service;

import io.licensor.exchange.statement.ColumnMapping;
import io.licensor.exchange.statement.DetectedFormat;
import io.licensor.exchange.statement.MappingSuggester;
import io.licensor.exchange.statement.ReadResult;
import io.licensor.exchange.statement.ReadSettings;
import io.licensor.exchange.statement.StatementDetector;
import io.licensor.exchange.statement.StatementOptions;
import io.licensor.exchange.statement.StatementReader;
import io.licensor.exchange.statement.StatementSource;
import io.licensor.model.InputRejectedException;
import io.licensor.model.License;
import io.licensor.model.Problem;
import io.licensor.persistence.Database;
import io.licensor.persistence.Repositories;
import io.licensor.persistence.StatementImportRepository.LicenseKey;
import io.licensor.persistence.StatementImportRepository.StoredPeriod;
import io.licensor.service.ImportProgress.Phase;
import io.licensor.service.StatementSetup.RememberedMapping;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports a royalty statement (CSV) as ROYALTY receipts, all or nothing (docs/statement-import.md). Two steps:
 * {@link #check} reads every row through the statement reader, checks each receipt against its license and the
 * record rules, finds likely duplicates, and writes nothing; {@link #write} then inserts exactly the checked receipts
 * in one transaction with JDBC batches, under new ids R&lt;n&gt; after the largest in use, and remembers the mapping
 * for the licensee. Both report progress and can be cancelled; a cancelled or failed write leaves no receipt behind.
 * The desktop wizard shows the check before writing; the command line runs both ({@link #importStatement}).
 */
public final class ReceiptImport {

    /** Prefix of receipt ids (R1, R2 ...), as in the demo portfolio and the receipts section. */
    public static final String ID_PREFIX = "R";
    private static final Logger LOG = LoggerFactory.getLogger(ReceiptImport.class);
    private static final int BATCH_SIZE = 10_000;
    private static final int LIST_LIMIT = 1000;
    private static final int TOTALS_AFTER_LIMIT = 100;
    private static final int CHECK_EVERY = 4096;

    private final Database db;
    private final Clock clock;

    /** Imports into this open portfolio. */
    public ReceiptImport(PortfolioService portfolio) {
        this(portfolio, Clock.systemDefaultZone());
    }

    ReceiptImport(PortfolioService portfolio, Clock clock) {
        this.db = portfolio.database();
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Detects the file's format; the options' fields that are set are taken as given. Reads the first megabyte. */
    public DetectedFormat detect(StatementSource source, StatementOptions options) throws IOException {
        return StatementDetector.detect(source, options);
    }

    /** A mapping guessed from the file's column names (and its first rows), for when its header changed. */
    public ColumnMapping suggest(DetectedFormat format) {
        return MappingSuggester.suggest(format);
    }

    /**
     * The format and the mapping to start from: the mapping remembered for the license's licensee when it fits the
     * file's header (its format options under the user's), else a suggestion from the column names.
     *
     * @param licenseId the license the statement is for, or null
     * @param options   format options the user set (null fields are detected, or taken from a remembered mapping)
     */
    public StatementSetup setup(StatementSource source, String licenseId, StatementOptions options)
            throws IOException {
        Optional<RememberedMapping> remembered = licenseId == null ? Optional.empty() : rememberedFor(licenseId);
        String note = "Columns suggested from their names: check them.";
        if (remembered.isPresent()) {
            RememberedMapping r = remembered.get();
            StatementOptions merged = overlay(options, r.mapping().options());
            DetectedFormat format = detect(source, merged);
            ColumnMapping mapping = r.mapping().withOptions(merged);
            List<Problem> unfit = mapping.problems(format, true);
            if (unfit.isEmpty()) {
                return new StatementSetup(format, mapping, r, "Using " + r.describe() + " for " + r.licensee()
                        + ".");
            }
            note = "The mapping remembered for " + r.licensee() + " does not fit this file (" + unfit.get(0)
                    + "): columns suggested from their names instead; check them.";
        }
        DetectedFormat format = detect(source, options);
        return new StatementSetup(format, MappingSuggester.suggest(format).withOptions(options), null, note);
    }

    /** The mapping remembered for the licensee of the license, if any. */
    public Optional<RememberedMapping> rememberedFor(String licenseId) {
        return db.read(r -> r.licenses().find(licenseId).map(License::licensee)
                .flatMap(licensee -> MappingMemory.find(r, licensee)));
    }

    /** The user's options where set, else the remembered ones. */
    static StatementOptions overlay(StatementOptions user, StatementOptions remembered) {
        return new StatementOptions(
                user.encoding() != null ? user.encoding() : remembered.encoding(),
                user.delimiter() != null ? user.delimiter() : remembered.delimiter(),
                user.headerLine() != null ? user.headerLine() : remembered.headerLine(),
                user.decimalMark() != null ? user.decimalMark() : remembered.decimalMark(),
                user.thousandsMark() != null ? user.thousandsMark() : remembered.thousandsMark(),
                user.dateStyle() != null ? user.dateStyle() : remembered.dateStyle());
    }

    /**
     * Reads and checks every row of the statement; writes nothing.
     *
     * @throws InputRejectedException when the license is unknown, no license is given while no column names one,
     *                                or the mapping does not fit the file (nothing read)
     * @throws CancellationException  when progress asked to stop
     * @throws IOException            when the file cannot be read
     */
    public ImportCheck check(ImportRequest request, ImportProgress progress) throws IOException {
        Licenses licenses = new Licenses(db.read(r -> r.statementImport().licenseKeys()));
        int defaultLicense = licenses.defaultIndex(request);
        ColumnMapping mapping = request.mapping();
        DetectedFormat format = detect(request.source(), mapping.options());
        ReadSettings settings = ReadSettings.DEFAULT
                .withCurrency(licenses.readerCurrency(defaultLicense, mapping))
                .withPeriod(request.period())
                .withProblemLimit(LIST_LIMIT)
                .withProgress(CHECK_EVERY, (rows, bytes, size) -> progress.update(Phase.READING, bytes, size))
                .withCancel(progress::cancelled);
        CandidateCollector collector = new CandidateCollector(licenses.keys, licenses.index, defaultLicense, format,
                mapping.columns(), LIST_LIMIT);
        ReadResult read = StatementReader.read(request.source(), format, mapping, settings, collector);
        String onlyLicense = mapping.columns().license() == null ? request.defaultLicense() : null;
        DuplicateFinder duplicates = db.read(r -> duplicates(r, licenses, onlyLicense, collector.buffer()));
        ImportCheck check = new ImportCheck(request, read, collector, duplicates, licenses.keys, LIST_LIMIT);
        LOG.info("Checked statement {}: {} receipts, {} problems, {} likely duplicates",
                request.source().name(), check.receiptCount(), check.problemCount(), check.duplicateCount());
        return check;
    }

    /**
     * Writes the checked receipts in one transaction; all of them or, when anything fails or progress asks to stop,
     * none. Duplicates are looked for again inside the transaction, since the portfolio may have changed since the
     * check. Remembers the mapping for the licensee.
     *
     * @param allowDuplicates write receipts that are likely duplicates too
     * @throws InputRejectedException when the check found problems, or duplicates that are not allowed
     * @throws CancellationException  when progress asked to stop (nothing was written)
     */
    public ImportOutcome write(ImportCheck check, boolean allowDuplicates, ImportProgress progress) {
        if (!check.isClean()) {
            throw check.rejection();
        }
        Licenses licenses = new Licenses(check.licenses());
        CandidateBuffer buffer = check.buffer();
        String onlyLicense = check.request().mapping().columns().license() == null
                ? check.request().defaultLicense() : null;
        ImportOutcome outcome = db.write(r -> {
            DuplicateFinder duplicates = duplicates(r, licenses, onlyLicense, buffer);
            if (duplicates.count() > 0 && !allowDuplicates) {
                throw duplicateRejection(check.request().source().name(), duplicates);
            }
            long first = r.statementImport().largestReceiptNumber(ID_PREFIX) + 1;
            long total = buffer.size();
            progress.update(Phase.WRITING, 0, total);
            r.statementImport().insert(new BufferedReceipts(buffer, licenses.keys, ID_PREFIX, first), BATCH_SIZE,
                    sent -> {
                        progress.update(Phase.WRITING, sent, total);
                        if (progress.cancelled()) {
                            throw new CancellationException("import cancelled after " + sent + " receipts; none kept");
                        }
                    });
            String licensee = rememberFor(check, licenses);
            if (licensee != null) {
                MappingMemory.remember(r, licensee, check.request().mapping(), check.request().source().name(),
                        LocalDate.now(clock));
            }
            return new ImportOutcome(total, total == 0 ? null : ID_PREFIX + first,
                    total == 0 ? null : ID_PREFIX + (first + total - 1), check.perLicense(),
                    totalsAfter(r, check.perLicense()), licensee);
        });
        LOG.info("Imported {} receipts ({} to {}) from {}", outcome.imported(), outcome.firstId(), outcome.lastId(),
                check.request().source().name());
        return outcome;
    }

    /**
     * Checks and writes in one go (the command line): refuses with every problem, or with the duplicates unless they
     * are allowed, before anything is written.
     */
    public ImportOutcome importStatement(ImportRequest request, boolean allowDuplicates, ImportProgress progress)
            throws IOException {
        ImportCheck check = check(request, progress);
        if (!check.isClean()) {
            throw check.rejection();
        }
        return write(check, allowDuplicates, progress);
    }

    private static DuplicateFinder duplicates(Repositories r, Licenses licenses, String onlyLicense,
            CandidateBuffer buffer) {
        List<StoredPeriod> stored = buffer.size() == 0 ? List.of()
                : r.statementImport().royaltyPeriods(onlyLicense);
        return new DuplicateFinder(licenses.ids, licenses.index, LIST_LIMIT).find(buffer, stored);
    }

    static InputRejectedException duplicateRejection(String source, DuplicateFinder duplicates) {
        List<Problem> list = new ArrayList<>();
        duplicates.listed().forEach(d -> list.add(new Problem(d.lines(), d.what())));
        if (duplicates.count() > duplicates.listed().size()) {
            list.add(new Problem("file", (duplicates.count() - duplicates.listed().size())
                    + " more likely duplicates not listed"));
        }
        return new InputRejectedException(source + " (likely duplicates; nothing was imported)", list);
    }

    /** The licensee of the chosen license, else the one licensee every receipt is for; null when several. */
    private static String rememberFor(ImportCheck check, Licenses licenses) {
        String chosen = check.request().defaultLicense();
        if (chosen != null) {
            return licenses.keys.get(licenses.index.get(chosen)).licensee();
        }
        List<String> licensees = check.perLicense().stream().map(StatementTotals::licensee).distinct().toList();
        return licensees.size() == 1 ? licensees.get(0) : null;
    }

    private static List<StatementTotals> totalsAfter(Repositories r, List<StatementTotals> imported) {
        List<StatementTotals> out = new ArrayList<>();
        for (StatementTotals t : imported.subList(0, Math.min(TOTALS_AFTER_LIMIT, imported.size()))) {
            var sums = r.statementImport().sums(t.licenseId());
            out.add(new StatementTotals(t.licenseId(), t.licensee(), t.currency(), sums.count(), sums.gross(),
                    sums.withholding(), sums.firstPeriodEnd(), sums.lastPeriodEnd()));
        }
        return out;
    }

    /** The portfolio's licenses by index, as the buffer refers to them. */
    private static final class Licenses {
        final List<LicenseKey> keys;
        final List<String> ids;
        final Map<String, Integer> index = new HashMap<>();

        Licenses(List<LicenseKey> keys) {
            this.keys = List.copyOf(keys);
            this.ids = this.keys.stream().map(LicenseKey::id).toList();
            for (int i = 0; i < ids.size(); i++) {
                index.put(ids.get(i), i);
            }
        }

        int defaultIndex(ImportRequest request) {
            String id = request.defaultLicense();
            if (id == null) {
                if (request.mapping().columns().license() == null) {
                    throw new InputRejectedException(request.source().name(), new Problem("license",
                            "choose the license the statement is for, or map a column that names each row's"
                                    + " license"));
                }
                return -1;
            }
            Integer found = index.get(id);
            if (found == null) {
                throw new InputRejectedException(request.source().name(), new Problem("license",
                        "no license has the id '" + id + "'"));
            }
            return found;
        }

        /**
         * The currency the reader checks rows and decimals against: the chosen license's when every row is for it;
         * with a license column, the one currency all licenses share, else none (each receipt is then checked
         * against its own license's currency after reading).
         */
        Currency readerCurrency(int defaultLicense, ColumnMapping mapping) {
            if (mapping.columns().license() == null) {
                return keys.get(defaultLicense).currency();
            }
            List<Currency> currencies = keys.stream().map(LicenseKey::currency).distinct().toList();
            return currencies.size() == 1 ? currencies.get(0) : null;
        }
    }
}

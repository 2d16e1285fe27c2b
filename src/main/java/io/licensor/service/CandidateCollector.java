package io.licensor.service;

import io.licensor.exchange.statement.Columns;
import io.licensor.exchange.statement.DetectedFormat;
import io.licensor.exchange.statement.Field;
import io.licensor.exchange.statement.ReceiptCandidate;
import io.licensor.exchange.statement.StatementProblem;
import io.licensor.model.NaturalOrder;
import io.licensor.model.Problem;
import io.licensor.model.Receipt;
import io.licensor.model.ReceiptKind;
import io.licensor.model.RecordChecks;
import io.licensor.persistence.StatementImportRepository.LicenseKey;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Takes the receipts the statement reader produces and checks what only the portfolio knows: which license each is
 * for (the license column, or the license chosen for the file), that its currency is the license's, and the same
 * record rules as every other receipt (RecordChecks: decimals of the currency, sizes the database stores, no
 * negative sales or units). Good receipts go into the buffer and the license's totals; problems are kept with
 * their line and column like the reader's own.
 */
final class CandidateCollector implements Consumer<ReceiptCandidate> {

    private final List<LicenseKey> licenses;
    private final Map<String, Integer> index;
    private final Map<String, Integer> lowerCaseIndex = new HashMap<>();
    private final int defaultLicense;
    private final String[] columns = new String[Field.values().length];
    private final int limit;
    private final CandidateBuffer buffer = new CandidateBuffer();
    private final List<StatementProblem> problems = new ArrayList<>();
    private final Map<Integer, Sum> sums = new HashMap<>();
    private long problemCount;
    private String lastRef;
    private int lastRefIndex = -1;

    /**
     * @param licenses       every license, by index
     * @param index          index by license id
     * @param defaultLicense index of the license for rows that name none, or -1
     * @param format         the file's format (its header names the mapped columns in messages)
     * @param columns        the mapped column of each field (mapping names), looked up in the header
     * @param limit          how many problems to list (all are counted)
     */
    CandidateCollector(List<LicenseKey> licenses, Map<String, Integer> index, int defaultLicense,
            DetectedFormat format, Columns columns, int limit) {
        this.licenses = licenses;
        this.index = index;
        this.defaultLicense = defaultLicense;
        this.limit = limit;
        for (Field field : Field.values()) {
            String name = columns.get(field);
            int at = name == null ? -1 : format.columnIndex(name);
            this.columns[field.ordinal()] = at < 0 ? name : format.header().get(at);
        }
        for (int i = 0; i < licenses.size(); i++) {
            lowerCaseIndex.putIfAbsent(licenses.get(i).id().toLowerCase(Locale.ROOT), i);
        }
    }

    @Override
    public void accept(ReceiptCandidate c) {
        long before = problemCount;
        int license = license(c);
        if (license < 0) {
            return;
        }
        LicenseKey key = licenses.get(license);
        if (c.currency() != null && !c.currency().equals(key.currency().getCurrencyCode())) {
            problem(c, Field.CURRENCY.ordinal(), "is in " + c.currency() + ", but license " + key.id() + " is in "
                    + key.currency().getCurrencyCode());
        }
        Receipt receipt = c.toReceipt("R0", key.id(), ReceiptKind.ROYALTY);
        for (Problem p : RecordChecks.receipt(receipt, key.currency())) {
            problem(c, column(p.where()), p.message());
        }
        if (problemCount > before) {
            return;
        }
        buffer.add(c.firstLine(), c.lastLine(), license, c.periodStart(), c.periodEnd(), c.receivedOn(),
                c.reportedSales(), c.reportedUnits(), c.gross(), c.withholding());
        sums.computeIfAbsent(license, i -> new Sum()).add(c);
    }

    /** The license's index, or -1 with a problem recorded. */
    private int license(ReceiptCandidate c) {
        String ref = c.licenseRef();
        if (ref == null) {
            if (defaultLicense < 0) {
                problem(c, Field.LICENSE.ordinal(), "is empty, and no license was chosen for rows that name none");
            }
            return defaultLicense;
        }
        if (ref.equals(lastRef)) {
            return lastRefIndex;
        }
        String id = ref.strip();
        Integer found = index.get(id);
        if (found == null) {
            found = lowerCaseIndex.get(id.toLowerCase(Locale.ROOT));
        }
        if (found == null) {
            problem(c, Field.LICENSE.ordinal(), "'" + id + "' is not a license of this portfolio");
            return -1;
        }
        lastRef = ref;
        lastRefIndex = found;
        return found;
    }

    /** The field a record problem is about, by the record's field name. */
    private static int column(String recordField) {
        switch (recordField) {
            case "periodStart":
                return Field.PERIOD_START.ordinal();
            case "reportedSales":
                return Field.REPORTED_SALES.ordinal();
            case "reportedUnits":
                return Field.UNITS.ordinal();
            case "gross":
                return Field.GROSS.ordinal();
            case "withholding":
                return Field.WITHHOLDING.ordinal();
            default:
                return -1;
        }
    }

    private void problem(ReceiptCandidate c, int field, String message) {
        problemCount++;
        if (problems.size() < limit) {
            String subject = c.rows() > 1 ? "the " + c.rows() + " rows of " + c.lines() + ": " : "";
            problems.add(new StatementProblem(c.firstLine(), field < 0 ? null : columns[field], subject + message));
        }
    }

    CandidateBuffer buffer() {
        return buffer;
    }

    List<StatementProblem> problems() {
        return problems;
    }

    long problemCount() {
        return problemCount;
    }

    /** What each license gets, in license id order (natural: L2 before L10). */
    List<StatementTotals> totals() {
        List<StatementTotals> out = new ArrayList<>();
        sums.forEach((license, sum) -> out.add(sum.totals(licenses.get(license))));
        out.sort((a, b) -> NaturalOrder.INSTANCE.compare(a.licenseId(), b.licenseId()));
        return out;
    }

    /** Running totals of one license. */
    private static final class Sum {
        private long count;
        private BigDecimal gross = BigDecimal.ZERO;
        private BigDecimal withholding = BigDecimal.ZERO;
        private LocalDate first;
        private LocalDate last;

        void add(ReceiptCandidate c) {
            count++;
            gross = gross.add(c.gross());
            withholding = withholding.add(c.withholding());
            first = first == null || c.periodEnd().isBefore(first) ? c.periodEnd() : first;
            last = last == null || c.periodEnd().isAfter(last) ? c.periodEnd() : last;
        }

        StatementTotals totals(LicenseKey key) {
            return new StatementTotals(key.id(), key.licensee(), key.currency(), count, gross, withholding, first,
                    last);
        }
    }
}

package io.licensor.exchange.statement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Guesses a mapping from the header names, by name and never by position: "Royalty", "Earnings (USD)", "Net Total
 * ($)" feed the amount; "Royalty Date", "Transaction Date" the period end; "Net Units Sold", "Qty" the units;
 * "Withholding Tax", "US RWT" the withholding. Exact names are tried in order of how sure they are; a few word
 * rules catch the rest. Column kinds seen in the first rows veto nonsense (a text column for an amount). When the
 * period comes from a per-transaction date, or amounts go negative (refunds and fees), rows are grouped per month.
 * The user confirms or corrects the guess in the import wizard.
 */
public final class MappingSuggester {

    private static final Pattern CURRENCY_SUFFIX = Pattern.compile("\\s*\\((?:\\$|€|£|[a-z]{3})\\)$");

    private static final List<String> GROSS = List.of("royalty", "royalties", "royalty amount", "royalties earned",
            "royalty earned", "royalty payable", "earnings", "total earnings", "net earnings", "earned",
            "total earned", "extended partner share", "developer proceeds", "royalty price", "proceeds",
            "partner share", "net revenue", "net amount", "net total", "order net", "net",
            "amount (merchant currency)", "amount", "payment amount", "payout amount", "paid amount", "gross",
            "gross amount", "pledge amount", "charged amount");
    private static final List<String> PERIOD_END = List.of("period end", "period end date", "end date",
            "end of period", "period to", "period ending", "to date", "date to", "transaction date to",
            "sales period - end date", "last");
    private static final List<String> TRANSACTION_DATE = List.of("royalty date", "transaction date", "sale date",
            "order date", "purchase date", "order charged date", "date", "sales period", "sale month",
            "usage month", "month", "last charge date");
    private static final List<String> PERIOD_START = List.of("period start", "period start date", "start date",
            "begin date", "beginning date", "start of period", "period from", "from date", "date from",
            "transaction date from", "sales period - start date", "first");
    private static final List<String> RECEIVED_ON = List.of("payment date", "paid on", "date paid", "paid date",
            "received on", "date received", "payout date", "deposit date", "posted date", "reporting date",
            "settlement date");
    private static final List<String> UNITS = List.of("units", "net units sold", "net units", "units sold",
            "quantity", "qty", "# units sold", "number of units", "unit count", "number of items",
            "total downloads", "downloads", "net quantity", "gross units sold");
    private static final List<String> WITHHOLDING = List.of("withholding", "withholding tax", "tax withholding",
            "withheld tax", "tax withheld", "withholding amount", "us rwt", "wht", "songwriter royalties withheld");
    private static final List<String> SALES = List.of("reported sales", "sales", "net sales", "gross sales",
            "gross revenue", "revenue", "sales amount", "gross steam sales", "sale price", "order total",
            "item total", "sub total", "subtotal");
    private static final List<String> CURRENCY = List.of("currency", "partner share currency",
            "currency of proceeds", "royalty currency", "merchant currency", "payout currency", "currency of sale",
            "ccy");
    private static final List<String> LICENSE = List.of("license", "license id", "licence", "licence id",
            "license number", "license no", "contract", "contract id", "contract number", "agreement",
            "agreement id");
    private static final List<String> TYPE = List.of("type", "item type", "transaction type", "entry type",
            "row type");
    private static final List<String> TRANSFERS = List.of("Payout", "Withdrawal", "Deposit", "Transfer",
            "PayPal Payouts", "Stripe Connect Payouts");
    private static final Set<String> PER_UNIT = Set.of("developer proceeds", "royalty price", "partner share",
            "per unit price", "unit price", "price per unit");

    private MappingSuggester() {
    }

    /** The best guess for a file; options are left to detection. */
    public static ColumnMapping suggest(DetectedFormat format) {
        Matcher m = new Matcher(format);
        String gross = m.pick(GROSS, ColumnKind.NUMBER,
                name -> name.contains("royalt") || name.contains("earning") || name.contains("proceeds")
                        || name.contains("net") && (name.contains("sales") || name.contains("revenue")));
        String periodEnd = m.pick(PERIOD_END, ColumnKind.DATE, null);
        boolean perTransaction = false;
        if (periodEnd == null) {
            periodEnd = m.pick(TRANSACTION_DATE, ColumnKind.DATE, name -> true);
            perTransaction = periodEnd != null;
        }
        String periodStart = m.pick(PERIOD_START, ColumnKind.DATE, null);
        String receivedOn = m.pick(RECEIVED_ON, ColumnKind.DATE, null);
        String units = m.pick(UNITS, ColumnKind.NUMBER, name -> name.contains("units") || name.contains("quantity")
                || name.contains("kenp"));
        String withholding = m.pick(WITHHOLDING, ColumnKind.NUMBER, name -> name.contains("withh"));
        String sales = m.pick(SALES, ColumnKind.NUMBER, null);
        // "Earnings (USD)", "Net Total ($)": the header fixes the currency, and a currency column is about
        // something else (Steam's local list price)
        String currency = gross != null && !key(gross).equals(Cells.normalizeName(gross)) ? null
                : m.pick(CURRENCY, ColumnKind.TEXT, null);
        String license = m.pick(LICENSE, ColumnKind.TEXT, null);
        Columns columns = new Columns(periodEnd, periodStart, sales, units, gross, withholding, receivedOn, license,
                currency);
        boolean perUnit = gross != null && units != null && PER_UNIT.contains(key(gross));
        Grouping grouping = perTransaction || hasNegative(format, gross) ? Grouping.PER_MONTH : Grouping.PER_ROW;
        return new ColumnMapping(columns, grouping, false, perUnit, false, transfers(m), StatementOptions.DETECT);
    }

    /** Leaves out money moving out of the account when the file has a column saying what each row is. */
    private static RowFilter transfers(Matcher m) {
        String type = m.pick(TYPE, ColumnKind.TEXT, null);
        return type == null ? null : new RowFilter(type, TRANSFERS);
    }

    /** Header name as matched: normalised, with a currency marker like "($)" or "(USD)" at the end removed. */
    static String key(String header) {
        return CURRENCY_SUFFIX.matcher(Cells.normalizeName(header)).replaceAll("");
    }

    private static boolean hasNegative(DetectedFormat format, String column) {
        int index = column == null ? -1 : format.columnIndex(column);
        if (index < 0) {
            return false;
        }
        AmountParser parser = new AmountParser(format.decimalMark(), format.thousandsMark());
        for (PreviewRow row : format.preview()) {
            if (index < row.cells().size()) {
                ParsedAmount amount = parser.parse(row.cells().get(index));
                if (amount.value() != null && amount.value().signum() < 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Finds unused columns by name; each column is given to one field at most. */
    private static final class Matcher {
        private final List<String> keys = new ArrayList<>();
        private final List<String> headers;
        private final List<ColumnKind> kinds;
        private final Set<Integer> used = new HashSet<>();

        Matcher(DetectedFormat format) {
            this.headers = format.header();
            this.kinds = format.columnKinds();
            headers.forEach(h -> keys.add(key(h)));
        }

        /** The first exact synonym found, else the first column the rule accepts (of the wanted kind), else null. */
        String pick(List<String> synonyms, ColumnKind wanted, Predicate<String> rule) {
            for (String synonym : synonyms) {
                for (int i = 0; i < keys.size(); i++) {
                    if (keys.get(i).equals(synonym) && fits(i, wanted, false)) {
                        return take(i);
                    }
                }
            }
            if (rule != null) {
                for (int i = 0; i < keys.size(); i++) {
                    if (!keys.get(i).isEmpty() && fits(i, wanted, true) && rule.test(keys.get(i))) {
                        return take(i);
                    }
                }
            }
            return null;
        }

        /** Exact names only need a kind that does not contradict; word rules need the very kind. */
        private boolean fits(int i, ColumnKind wanted, boolean strict) {
            if (used.contains(i)) {
                return false;
            }
            ColumnKind kind = i < kinds.size() ? kinds.get(i) : ColumnKind.EMPTY;
            if (strict) {
                return kind == wanted;
            }
            return !CONTRADICTS.getOrDefault(wanted, Set.of()).contains(kind);
        }

        private String take(int i) {
            used.add(i);
            return headers.get(i);
        }

        private static final Map<ColumnKind, Set<ColumnKind>> CONTRADICTS = Map.of(
                ColumnKind.DATE, Set.of(ColumnKind.NUMBER),
                ColumnKind.NUMBER, Set.of(ColumnKind.DATE),
                ColumnKind.TEXT, Set.of(ColumnKind.DATE, ColumnKind.NUMBER));
    }
}

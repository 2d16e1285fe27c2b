package io.licensor.ui.licenses.terms;

import io.licensor.model.Limits;
import io.licensor.model.Limits.DecimalLimit;
import io.licensor.model.Money;
import io.licensor.model.Problem;
import io.licensor.model.Rate;
import io.licensor.model.RoyaltyBasis;
import io.licensor.model.RoyaltyTerms;
import io.licensor.model.Tier;
import io.licensor.model.TierMode;
import io.licensor.model.TierReset;
import io.licensor.ui.assets.FormIssue;
import io.licensor.ui.licenses.terms.TermsDraft.TierDraft;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what the terms editor shows into {@link RoyaltyTerms}, or says what is wrong. First each field must be a
 * number; then the terms' own {@link RoyaltyTerms#problems()} (the rules the portfolio file and the command line
 * apply) and what the portfolio can store ({@link Limits}) decide, each problem becoming a sentence on its field.
 */
public final class TermsValidation {
    private static final Pattern GOT = Pattern.compile("got (-?[0-9.]+)$");
    private static final Pattern AFTER = Pattern.compile("\\((-?[0-9.]+) after (-?[0-9.]+)\\)");
    private static final Pattern TIER_FIELD = Pattern.compile("tiers\\[(\\d+)]\\.(from|rate)");

    /**
     * The outcome for one draft.
     *
     * @param terms    the terms, or null while anything is wrong
     * @param issues   sentences for the fields, in field order
     * @param problems the same as {@link Problem}s naming the terms fields ({@code tiers[1].from}), for callers that
     *                 report like the portfolio file does
     */
    public record Result(RoyaltyTerms terms, List<FormIssue> issues, List<Problem> problems) {
        public Result {
            issues = List.copyOf(issues);
            problems = List.copyOf(problems);
        }

        public boolean isValid() {
            return terms != null;
        }
    }

    private TermsValidation() {}

    /** Reads the draft for terms starting on {@code start}, numbers typed in {@code text}'s locale. */
    public static Result read(TermsDraft draft, LocalDate start, NumberText text) {
        Objects.requireNonNull(start, "start");
        Parsed parsed = new Parsed(draft, text);
        if (!parsed.problems.isEmpty()) {
            return result(null, parsed.problems, draft.basis());
        }
        RoyaltyTerms terms = parsed.terms(start);
        List<Problem> problems = new ArrayList<>(terms.problems());
        checkLimits(terms, problems);
        return result(problems.isEmpty() ? terms : null, problems, terms.basis());
    }

    private static Result result(RoyaltyTerms terms, List<Problem> problems, RoyaltyBasis basis) {
        List<FormIssue> issues = problems.stream()
                .map(p -> FormIssue.error(p.where(), sentence(p, basis))).toList();
        return new Result(terms, issues, problems);
    }

    private static void checkLimits(RoyaltyTerms t, List<Problem> out) {
        limit(out, "upfrontFee", t.upfrontFee().amount(), Limits.MONEY);
        limit(out, "advance", t.advance().amount(), Limits.MONEY);
        limit(out, "minimumAnnual", t.minimumAnnual().amount(), Limits.MONEY);
        if (t.annualCap() != null) {
            limit(out, "annualCap", t.annualCap().amount(), Limits.MONEY);
        }
        limit(out, "withholdingRate", t.withholdingRate().value(), Limits.FRACTION);
        for (int i = 0; i < t.tiers().size(); i++) {
            limit(out, "tiers[" + i + "].from", t.tiers().get(i).from(), Limits.QUANTITY);
            limit(out, "tiers[" + i + "].rate", t.tiers().get(i).rate(), Limits.TIER_RATE);
        }
    }

    private static void limit(List<Problem> out, String where, BigDecimal value, DecimalLimit limit) {
        String problem = limit.problemWith(value);
        if (problem != null && out.stream().noneMatch(p -> p.where().equals(where))) {
            out.add(new Problem(where, problem));
        }
    }

    /** "Tier 2, rate: a share of net sales cannot exceed 1 (100 %), got 150 %." */
    static String sentence(Problem p, RoyaltyBasis basis) {
        String message = p.message();
        if (isPercentField(p.where(), basis)) {
            message = percents(message);
        }
        return subject(p.where()) + ": " + message + (message.endsWith(".") ? "" : ".");
    }

    private static boolean isPercentField(String where, RoyaltyBasis basis) {
        return where.equals("withholdingRate") || basis != RoyaltyBasis.UNITS && where.endsWith(".rate");
    }

    /** Fractions in the engine's words become the percentages the user typed: "got 1.5" reads "got 150 %". */
    private static String percents(String message) {
        Matcher got = GOT.matcher(message);
        if (got.find()) {
            message = message.substring(0, got.start()) + "got " + asPercent(got.group(1));
        }
        Matcher after = AFTER.matcher(message);
        if (after.find()) {
            message = message.substring(0, after.start()) + "(" + asPercent(after.group(1)) + " after "
                    + asPercent(after.group(2)) + ")" + message.substring(after.end());
        }
        return message;
    }

    private static String asPercent(String fraction) {
        BigDecimal percent = new BigDecimal(fraction).movePointRight(2).stripTrailingZeros();
        return (percent.scale() < 0 ? percent.setScale(0) : percent).toPlainString() + " %";
    }

    /** The field's name as the editor labels it. */
    static String subject(String where) {
        Matcher tier = TIER_FIELD.matcher(where);
        if (tier.matches()) {
            return "Tier " + (Integer.parseInt(tier.group(1)) + 1) + ", " + (tier.group(2).equals("from")
                    ? "from" : "rate");
        }
        return switch (where) {
            case "currency" -> "Currency";
            case "tiers" -> "Tiers";
            case "upfrontFee" -> "Upfront fee";
            case "advance" -> "Advance";
            case "minimumAnnual" -> "Minimum annual royalty";
            case "annualCap" -> "Annual cap";
            case "withholdingRate" -> "Withholding";
            default -> where;
        };
    }

    /** The fields read as numbers, with a problem for each that is not one. */
    private static final class Parsed {
        private final List<Problem> problems = new ArrayList<>();
        private final NumberText text;
        private final TermsDraft draft;
        private final Currency currency;
        private final RoyaltyBasis basis;
        private final List<Tier> tiers = new ArrayList<>();
        private final BigDecimal upfrontFee;
        private final BigDecimal advance;
        private final BigDecimal minimumAnnual;
        private final BigDecimal annualCap;
        private final BigDecimal withholding;

        Parsed(TermsDraft draft, NumberText text) {
            this.draft = draft;
            this.text = text;
            this.currency = draft.currency();
            this.basis = draft.basis() == null ? RoyaltyBasis.NET_SALES : draft.basis();
            if (currency == null) {
                problems.add(new Problem("currency", "choose the currency the royalties are paid in"));
            }
            for (int i = 0; i < draft.tiers().size(); i++) {
                tier(i, draft.tiers().get(i));
            }
            upfrontFee = money("upfrontFee", draft.upfrontFee(), BigDecimal.ZERO);
            advance = money("advance", draft.advance(), BigDecimal.ZERO);
            minimumAnnual = money("minimumAnnual", draft.minimumAnnual(), BigDecimal.ZERO);
            annualCap = money("annualCap", draft.annualCap(), null);
            withholding = percent("withholdingRate", draft.withholding());
        }

        private void tier(int i, TierDraft tier) {
            String at = "tiers[" + i + "].";
            BigDecimal from = i == 0 && blank(tier.from()) ? BigDecimal.ZERO : text.parseDecimal(tier.from());
            if (from == null) {
                problems.add(new Problem(at + "from", blank(tier.from())
                        ? "give the " + (basis == RoyaltyBasis.UNITS ? "number of units" : "net sales")
                                + " from which this rate applies"
                        : "\"" + tier.from().strip() + "\" is not a number; type it like 100000"));
            }
            BigDecimal rate = rate(at + "rate", tier.rate());
            if (from != null && rate != null) {
                tiers.add(new Tier(from, rate));
            }
        }

        private BigDecimal rate(String where, String typed) {
            if (blank(typed)) {
                problems.add(new Problem(where, basis == RoyaltyBasis.UNITS
                        ? "give the royalty per unit, like 0.40" : "give the rate, like 12.5 %"));
                return null;
            }
            if (basis == RoyaltyBasis.UNITS) {
                if (NumberText.hasPercentSign(typed)) {
                    problems.add(new Problem(where, "a royalty on units is money per unit (like 0.40), not a "
                            + "percentage"));
                    return null;
                }
                BigDecimal perUnit = text.parseDecimal(typed);
                if (perUnit == null) {
                    problems.add(new Problem(where, "\"" + typed.strip() + "\" is not an amount; type money per unit "
                            + "like 0.40"));
                }
                return perUnit;
            }
            BigDecimal fraction = text.parsePercent(typed);
            if (fraction == null) {
                problems.add(new Problem(where, "\"" + typed.strip() + "\" is not a percentage; type it like "
                        + text.percent(new BigDecimal("0.125"))));
            }
            return fraction;
        }

        private BigDecimal money(String where, String typed, BigDecimal whenBlank) {
            if (blank(typed)) {
                return whenBlank;
            }
            BigDecimal amount = text.parseDecimal(typed);
            if (amount == null) {
                problems.add(new Problem(where, "\"" + typed.strip() + "\" is not an amount; type a number like "
                        + text.decimal(new BigDecimal("5000")) + " or " + text.decimal(new BigDecimal("1250.50"))
                        + ", or leave it empty"));
            }
            return amount;
        }

        private BigDecimal percent(String where, String typed) {
            if (blank(typed)) {
                return BigDecimal.ZERO;
            }
            BigDecimal fraction = text.parsePercent(typed);
            if (fraction == null) {
                problems.add(new Problem(where, "\"" + typed.strip() + "\" is not a percentage; type it like "
                        + text.percent(new BigDecimal("0.15")) + ", or leave it empty for none"));
            }
            return fraction;
        }

        RoyaltyTerms terms(LocalDate start) {
            return new RoyaltyTerms(currency, start, Money.of(upfrontFee, currency), Money.of(advance, currency),
                    basis, tiers, draft.tierMode() == null ? TierMode.MARGINAL : draft.tierMode(),
                    draft.tierReset() == null ? TierReset.NEVER : draft.tierReset(),
                    Money.of(minimumAnnual, currency), annualCap == null ? null : Money.of(annualCap, currency),
                    new Rate(withholding));
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }
    }
}

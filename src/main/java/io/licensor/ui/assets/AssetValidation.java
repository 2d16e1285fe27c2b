package io.licensor.ui.assets;

import io.licensor.model.Money;
import io.licensor.model.Problem;
import io.licensor.model.RecordChecks;
import io.licensor.model.Valuation;
import io.licensor.ui.assets.AssetDraft.ComponentDraft;
import io.licensor.ui.assets.AssetDraft.DateText;
import io.licensor.ui.assets.AssetDraft.OwnerDraft;
import io.licensor.ui.assets.AssetDraft.ValuationDraft;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The asset form's rules, checked on every keystroke. Each problem is a sentence saying what to do, tied to the field
 * it is about. Errors block Save; warnings explain what the risk flags will say (no owners, unknown SPDX id, strong
 * copyleft, AI output without provenance) but let the user save, because the portfolio file accepts such assets too.
 */
public final class AssetValidation {
    /** Same tolerance as metrics.md's UNCLEAR_OWNERSHIP flag: shares within 0.0001 of 1 count as complete. */
    static final BigDecimal SHARE_TOLERANCE = new BigDecimal("0.0001");
    private static final BigDecimal HUNDRED = new BigDecimal(100);
    private static final Pattern CODE = Pattern.compile("[A-Z]{2}");
    private static final Set<String> COUNTRIES = new HashSet<>(Arrays.asList(Locale.getISOCountries()));

    private AssetValidation() {}

    /** Every problem with the draft, errors and warnings, in the order of the form's fields. */
    public static List<FormIssue> check(AssetDraft draft) {
        List<FormIssue> issues = new ArrayList<>();
        if (draft.title() == null || draft.title().isBlank()) {
            issues.add(FormIssue.error("title", "Give the asset a title, e.g. \"Churn predictor (ML model)\"."));
        }
        if (draft.type() == null) {
            issues.add(FormIssue.error("type", "Choose what kind of asset this is."));
        }
        checkJurisdictions(draft.jurisdictions(), issues);
        checkDates(draft.createdOn(), draft.expiresOn(), issues);
        OwnerRules.check(draft.owners(), issues);
        for (int i = 0; i < draft.valuations().size(); i++) {
            checkValuation(i, draft.valuations().get(i), issues);
        }
        for (int i = 0; i < draft.components().size(); i++) {
            checkComponent(i, draft.components().get(i), issues);
        }
        if (draft.aiGenerated() && (draft.provenance() == null || draft.provenance().isBlank())) {
            issues.add(FormIssue.warning("provenance", "Say how the AI output was made (tool, prompts, human edits): "
                    + "without it the asset is flagged as AI provenance missing."));
        }
        if (issues.stream().noneMatch(FormIssue::isError)) {
            // What the portfolio can store (lengths, decimal places): the same rules the service enforces on save,
            // shown while typing instead of as a refusal afterwards.
            for (Problem p : RecordChecks.asset(draft.toAsset())) {
                issues.add(FormIssue.error(p.where(), StorageLimits.describe(p)));
            }
        }
        return issues;
    }

    private static void checkJurisdictions(String text, List<FormIssue> issues) {
        List<String> wrong = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String code : codes(text)) {
            if (!CODE.matcher(code).matches()) {
                wrong.add(code);
            } else if (!COUNTRIES.contains(code) && !Jurisdictions.REGIONAL.containsKey(code)) {
                unknown.add(code);
            }
        }
        if (!wrong.isEmpty()) {
            issues.add(FormIssue.error("jurisdictions", "Use two-letter codes separated by commas (US, DE, EU); "
                    + "not codes: " + String.join(", ", wrong) + "."));
        } else if (!unknown.isEmpty()) {
            issues.add(FormIssue.warning("jurisdictions", "Not a country or regional office code we know: "
                    + String.join(", ", unknown) + "."));
        }
    }

    private static void checkDates(DateText created, DateText expires, List<FormIssue> issues) {
        unparsed("createdOn", "Created on", created, issues);
        unparsed("expiresOn", "Expires on", expires, issues);
        if (created.value() != null && expires.value() != null && !created.value().isBefore(expires.value())) {
            issues.add(FormIssue.error("expiresOn", "The asset must expire after it was created (created on "
                    + created.value() + ")."));
        }
    }

    static void unparsed(String field, String label, DateText date, List<FormIssue> issues) {
        if (date.unparsed() != null) {
            issues.add(FormIssue.error(field, label + ": \"" + date.unparsed() + "\" is not a date. Type it as "
                    + "YYYY-MM-DD (2024-03-31) or pick it from the calendar."));
        }
    }

    private static void checkValuation(int index, ValuationDraft v, List<FormIssue> issues) {
        String at = "valuations[" + index + "].";
        String which = "Valuation " + (index + 1);
        unparsed(at + "asOf", which + " date", v.asOf(), issues);
        if (v.asOf().value() == null && v.asOf().unparsed() == null) {
            issues.add(FormIssue.error(at + "asOf", which + ": give the date the value was judged on."));
        }
        BigDecimal amount = Decimals.parse(v.amount());
        if (amount == null) {
            issues.add(FormIssue.error(at + "amount", which + ": the amount must be a number like 120000 or "
                    + "1250.50."));
        } else if (amount.signum() < 0) {
            issues.add(FormIssue.error(at + "amount", which + ": the amount cannot be negative."));
        }
        if (currency(v.currency()) == null) {
            issues.add(FormIssue.error(at + "currency", which + ": \"" + v.currency() + "\" is not a currency "
                    + "code; use ISO 4217 (USD, EUR, JPY)."));
        }
        if (v.method() == null) {
            issues.add(FormIssue.error(at + "method", which + ": choose how the value was arrived at."));
        }
    }

    private static void checkComponent(int index, ComponentDraft c, List<FormIssue> issues) {
        String at = "components[" + index + "].";
        String which = c.name() == null || c.name().isBlank() ? "Component " + (index + 1) : c.name().trim();
        if (c.name() == null || c.name().isBlank()) {
            issues.add(FormIssue.error(at + "name", which + " needs a name (the library or part it is)."));
        }
        if (c.license() == null || c.license().isBlank()) {
            return;
        }
        SpdxLicenses spdx = SpdxLicenses.instance();
        List<String> unknown = spdx.unknownIds(c.license());
        if (!unknown.isEmpty()) {
            String hints = unknown.stream().map(id -> spdx.officialSpelling(id).map(s -> id + " (did you mean "
                    + s + "?)").orElse(id)).collect(Collectors.joining(", "));
            issues.add(FormIssue.warning(at + "license", which + ": not an SPDX license id: " + hints
                    + ". Use ids like MIT, Apache-2.0, GPL-3.0-only."));
        } else if (spdx.isStrongCopyleft(c.license())) {
            issues.add(FormIssue.warning(at + "license", which + " is under " + c.license().trim()
                    + ", a strong copyleft license: licensing this asset may oblige you to share its source."));
        }
    }

    /** Codes from "us, EU ,de" -> [US, EU, DE], upper-cased, blanks and repeats dropped. */
    static List<String> codes(String text) {
        return split(text).stream().map(s -> s.toUpperCase(Locale.ROOT)).distinct().toList();
    }

    /** Tags from "ml, b2b, ml" -> [ml, b2b]: trimmed, repeats dropped, case kept. */
    static List<String> tags(String text) {
        return List.copyOf(new LinkedHashSet<>(split(text)));
    }

    private static List<String> split(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** A typed percentage ("50", "33.33", "12,5") as a number, or null when it is not one. */
    static BigDecimal percent(String text) {
        String cleaned = text == null ? null : text.replace("%", "").trim();
        return Decimals.parse(cleaned);
    }

    static Currency currency(String code) {
        if (code == null || !code.trim().matches("[A-Za-z]{3}")) {
            return null;
        }
        try {
            return Currency.getInstance(code.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static Valuation toValuation(ValuationDraft v) {
        return new Valuation(v.asOf().value(), Money.of(Decimals.parse(v.amount()), currency(v.currency())),
                v.method());
    }

    static BigDecimal hundred() {
        return HUNDRED;
    }
}

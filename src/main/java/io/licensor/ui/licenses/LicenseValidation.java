package io.licensor.ui.licenses;

import io.licensor.model.Problem;
import io.licensor.model.RecordChecks;
import io.licensor.model.RoyaltyTerms;
import io.licensor.ui.assets.AssetDraft.DateText;
import io.licensor.ui.assets.FormIssue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The license form's rules, checked on every keystroke; the terms have their own ({@code TermsValidation}). Errors
 * block Save. One warning explains a risk flag before it is raised: a licensee abroad with no withholding planned
 * (CROSS_BORDER_WITHHOLDING). What the portfolio can store is checked by {@link RecordChecks#license}, the rule the
 * service applies on save, so a refusal shows while typing instead of after Save.
 */
public final class LicenseValidation {
    private static final Map<String, String> NAMES = Map.of("id", "The id", "licensee", "The licensee's name",
            "licenseeCountry", "The country", "territory", "The territory", "fieldOfUse", "The field of use",
            "assets", "Assets", "end", "The end", "renewalOf", "The renewal link");

    private LicenseValidation() {}

    /**
     * Every problem with the draft. {@code terms} are the terms editor's (null while they are invalid: then only the
     * form's own fields are checked); {@code homeCountry} is the portfolio's (may be null).
     */
    public static List<FormIssue> check(LicenseDraft draft, RoyaltyTerms terms, String homeCountry) {
        List<FormIssue> issues = new ArrayList<>();
        if (draft.licensee() == null || draft.licensee().isBlank()) {
            issues.add(FormIssue.error("licensee", "Name the licensee, e.g. \"Acme Analytics Inc.\"."));
        }
        if (draft.assetIds().isEmpty()) {
            issues.add(FormIssue.error("assets", "Tick the assets this license covers (at least one)."));
        }
        checkDates(draft.start(), draft.end(), issues);
        if (terms != null && crossBorderWithoutWithholding(draft.country(), homeCountry, terms)) {
            issues.add(FormIssue.warning("licenseeCountry", "The licensee is abroad and no withholding is planned: "
                    + "the license is flagged (cross-border withholding) until Withholding below says what the "
                    + "licensee keeps back under the tax treaty."));
        }
        if (terms != null && issues.stream().noneMatch(FormIssue::isError)) {
            for (Problem p : RecordChecks.license(draft.toLicense(terms))) {
                if (!p.where().startsWith("terms.")) {
                    issues.add(FormIssue.error(field(p.where()), describe(p)));
                }
            }
        }
        return issues;
    }

    private static void checkDates(DateText start, DateText end, List<FormIssue> issues) {
        unparsed("start", "Start", start, issues);
        unparsed("end", "End", end, issues);
        if (start.value() == null && start.unparsed() == null) {
            issues.add(FormIssue.error("start", "Give the day the license starts."));
        }
        if (start.value() != null && end.value() != null && end.value().isBefore(start.value())) {
            issues.add(FormIssue.error("end", "The license must end on or after its start (" + start.value()
                    + ")."));
        }
    }

    private static void unparsed(String field, String label, DateText date, List<FormIssue> issues) {
        if (date.unparsed() != null) {
            issues.add(FormIssue.error(field, label + ": \"" + date.unparsed() + "\" is not a date. Type it as "
                    + "YYYY-MM-DD (2025-12-31) or pick it from the calendar."));
        }
    }

    /** metrics.md's CROSS_BORDER_WITHHOLDING condition, checked on the form before it is saved. */
    static boolean crossBorderWithoutWithholding(String country, String homeCountry, RoyaltyTerms terms) {
        return country != null && homeCountry != null && !country.equals(homeCountry)
                && terms.withholdingRate().isZero();
    }

    private static String field(String where) {
        return where.startsWith("assets") ? "assets" : where;
    }

    private static String describe(Problem p) {
        String subject = NAMES.getOrDefault(field(p.where()), p.where());
        return subject + " " + p.message() + ".";
    }
}

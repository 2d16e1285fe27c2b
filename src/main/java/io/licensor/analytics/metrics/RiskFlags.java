package io.licensor.analytics.metrics;

import io.licensor.model.Asset;
import io.licensor.model.Component;
import io.licensor.model.License;
import io.licensor.model.Owner;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import io.licensor.model.NaturalOrder;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The risk flags of metrics.md, each with a plain-words explanation and a next step. */
final class RiskFlags {
    /** Strong copyleft licenses (SPDX ids, compared without regard to case). */
    static final Set<String> STRONG_COPYLEFT = Set.of("GPL-2.0-ONLY", "GPL-2.0-OR-LATER", "GPL-3.0-ONLY",
            "GPL-3.0-OR-LATER", "AGPL-3.0-ONLY", "AGPL-3.0-OR-LATER", "SSPL-1.0", "GPL-2.0", "GPL-3.0", "AGPL-3.0");
    private static final BigDecimal OWNERSHIP_TOLERANCE = new BigDecimal("0.0001");
    private static final int EXPIRY_DAYS = 90;
    private static final int OVERDUE_DAYS = 120;

    private final PortfolioIndex ix;
    private final List<RiskFlag> flags = new ArrayList<>();
    private final LocalDate overdueBefore;
    private final LocalDate expiryHorizon;
    private Map<String, List<String>> coveredBy;

    private RiskFlags(PortfolioIndex ix) {
        this.ix = ix;
        this.overdueBefore = ix.asOf.minusDays(OVERDUE_DAYS);
        this.expiryHorizon = ix.asOf.plusDays(EXPIRY_DAYS);
    }

    /** Every flag, sorted by code then by id (ids compared the natural way: A2 before A10). */
    static List<RiskFlag> raise(PortfolioIndex ix, List<AssetFigures> assets, List<LicenseFigures> licenses) {
        RiskFlags r = new RiskFlags(ix);
        for (int a = 0; a < assets.size(); a++) {
            r.assetFlags(ix.portfolio.assets().get(a), assets.get(a));
        }
        for (int k = 0; k < licenses.size(); k++) {
            r.licenseFlags(ix.portfolio.licenses().get(k), licenses.get(k));
        }
        r.flags.sort(Comparator.comparing((RiskFlag f) -> f.code().name())
                .thenComparing(RiskFlag::subjectId, NaturalOrder.INSTANCE));
        return r.flags;
    }

    /** The licenses covering an asset; the map is built on first need (only copyleft assets ask). */
    private List<String> licensesOf(String assetId) {
        if (coveredBy == null) {
            coveredBy = new HashMap<>();
            for (License l : ix.portfolio.licenses()) {
                for (String a : l.assetIds()) {
                    coveredBy.computeIfAbsent(a, x -> new ArrayList<>()).add(l.id());
                }
            }
        }
        return coveredBy.getOrDefault(assetId, List.of());
    }

    private void assetFlags(Asset asset, AssetFigures figures) {
        String id = asset.id();
        List<String> copyleft = asset.components().isEmpty() ? List.of() : asset.components().stream()
                .filter(RiskFlags::isStrongCopyleft).map(c -> c.name() + " (" + c.license().trim() + ")").toList();
        List<String> licenses = copyleft.isEmpty() ? List.of() : licensesOf(id);
        if (!licenses.isEmpty()) {
            asset(RiskCode.COPYLEFT_COMPONENT, id, "Asset " + id + " contains " + String.join(", ", copyleft)
                    + ", under a strong copyleft license, and is licensed out under " + String.join(", ", licenses)
                    + ". Copyleft terms can oblige you to release the asset's source on the same terms, which may"
                    + " clash with what you licensed.", "Check whether the copyleft reaches what you license (linking,"
                    + " distribution, network use); replace or isolate the component, or ask a lawyer.");
        }
        ownership(asset);
        BigDecimal cost = figures.netEnforcementCost();
        if (cost.signum() > 0 && cost.compareTo(figures.licensingIncome()) > 0) {
            String ccy = ix.fx.reportingCurrency().getCurrencyCode();
            asset(RiskCode.ENFORCEMENT_EXCEEDS_INCOME, id, "Over the last 12 months asset " + id + " cost "
                    + figures.netEnforcementCost().toPlainString() + " " + ccy + " net to enforce but brought in "
                    + figures.licensingIncome().toPlainString() + " " + ccy + ".", "Check whether enforcing it pays:"
                    + " cheaper monitoring, a settlement, or licensing the infringer may cost less than litigation.");
        }
        if (asset.aiGenerated() && (asset.provenance() == null || asset.provenance().isBlank())) {
            asset(RiskCode.AI_PROVENANCE_MISSING, id, "Asset " + id + " is marked as AI-generated but has no"
                    + " provenance record.", "Record which tools, models, data and human contributions produced it:"
                    + " licensees and registries ask, and it supports your claim to own it.");
        }
    }

    private static boolean isStrongCopyleft(Component c) {
        return c.license() != null && STRONG_COPYLEFT.contains(c.license().trim().toUpperCase(Locale.ROOT));
    }

    private void ownership(Asset asset) {
        String todo = "Record every owner and their share so the shares add up to 1 (100 %): unclear ownership can"
                + " make a license challengeable and royalties hard to share out.";
        if (asset.owners().isEmpty()) {
            asset(RiskCode.UNCLEAR_OWNERSHIP, asset.id(), "Asset " + asset.id() + " has no owners recorded.", todo);
            return;
        }
        BigDecimal sum = asset.owners().stream().map(Owner::share).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.subtract(BigDecimal.ONE).abs().compareTo(OWNERSHIP_TOLERANCE) > 0) {
            asset(RiskCode.UNCLEAR_OWNERSHIP, asset.id(), "The owners' shares of asset " + asset.id() + " add up to "
                    + sum.stripTrailingZeros().toPlainString() + ", not 1.", todo);
        }
    }

    private void licenseFlags(License l, LicenseFigures figures) {
        String home = ix.portfolio.settings().homeCountry();
        String country = l.licenseeCountry();
        if (country != null && !country.isBlank() && home != null && !home.isBlank()
                && !country.trim().equalsIgnoreCase(home.trim()) && l.terms().withholdingRate().isZero()) {
            license(RiskCode.CROSS_BORDER_WITHHOLDING, l.id(), "License " + l.id() + "'s licensee " + l.licensee()
                    + " is in " + country + ", outside your home country " + home + ", but its terms plan no"
                    + " withholding tax.", "Check the tax treaty between the two countries: the licensee may withhold"
                    + " tax at source (often 5-15 % on royalties). Set the withholding rate in the terms and keep a"
                    + " certificate of residence to claim the treaty rate or a tax credit.");
        }
        LocalDate a = ix.asOf;
        if (l.end() != null && l.end().isAfter(a) && !l.end().isAfter(expiryHorizon) && !ix.isRenewed(l.id())) {
            license(RiskCode.EXPIRING_WITHOUT_RENEWAL, l.id(), "License " + l.id() + " with " + l.licensee()
                    + " ends on " + l.end() + ", in " + ChronoUnit.DAYS.between(a, l.end()) + " days, and no renewal"
                    + " is recorded.", "Talk to the licensee about renewing, or plan for the income to stop. Record a"
                    + " renewal as a new license that names " + l.id() + " in renewalOf.");
        }
        underpayment(l, figures);
        overdue(l, figures);
    }

    private void underpayment(License l, LicenseFigures f) {
        if (f.shortfall() == null || f.shortfall().signum() <= 0) {
            return;
        }
        BigDecimal onePercent = f.expected().movePointLeft(2);
        BigDecimal threshold = onePercent.max(BigDecimal.ONE);
        if (f.shortfall().compareTo(threshold) > 0) {
            String ccy = " " + f.currency().getCurrencyCode();
            license(RiskCode.UNDERPAYMENT, l.id(), "License " + l.id() + ": " + l.licensee() + "'s own reports imply "
                    + f.expected().toPlainString() + ccy + " of royalties up to " + ix.asOf + ", but "
                    + f.received().toPlainString() + ccy + " was received (" + f.shortfall().toPlainString() + ccy
                    + " short).", "Ask the licensee to reconcile its statements with its payments; if that does not"
                    + " settle it, use the audit clause.");
        }
    }

    private void overdue(License l, LicenseFigures f) {
        LocalDate a = ix.asOf;
        if (l.start().isAfter(overdueBefore) || (l.end() != null && l.end().isBefore(a))) {
            return;
        }
        LocalDate last = f.latestRoyaltyPeriodEnd() != null ? f.latestRoyaltyPeriodEnd() : l.start();
        if (last.isBefore(overdueBefore)) {
            String since = f.latestRoyaltyPeriodEnd() != null
                    ? "the latest royalty statement covers a period ending " + last
                    : "no royalty statement has come since the license started on " + last;
            license(RiskCode.STATEMENT_OVERDUE, l.id(), "License " + l.id() + " (" + l.licensee() + "): " + since
                    + ", " + ChronoUnit.DAYS.between(last, a) + " days before " + a + ". Without statements neither"
                    + " royalties nor a minimum can be checked.", "Ask the licensee for the missing statements and"
                    + " payments; the license's reporting clause says when they are due.");
        }
    }

    private void asset(RiskCode code, String id, String why, String todo) {
        flags.add(new RiskFlag(code, id, null, why, todo));
    }

    private void license(RiskCode code, String id, String why, String todo) {
        flags.add(new RiskFlag(code, null, id, why, todo));
    }
}

package io.licensor.analytics.metrics;

import io.licensor.model.License;
import io.licensor.model.Portfolio;
import io.licensor.model.Receipt;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The portfolio turned into arrays once, so that a million receipts are walked with int indices instead of map
 * look-ups and objects: assets and licenses by position, each license's assets as positions, each receipt's license
 * as a position, and receipts grouped by license (a counting sort).
 */
final class PortfolioIndex {
    final Portfolio portfolio;
    final LocalDate asOf;
    final LocalDate windowStart;
    final FxConverter fx;
    final List<String> warnings = new ArrayList<>();
    final Map<String, Integer> assetIndex = new HashMap<>();
    final Map<String, Integer> licenseIndex = new HashMap<>();
    /** For each license, the positions of its assets in its {@code assets} order. */
    final int[][] licenseAssets;
    /** For each receipt, the position of its license, -1 when the license is unknown. */
    final int[] receiptLicense;
    /** Receipts grouped by license: those of license k are {@code byLicense[groupStart[k] .. groupStart[k + 1])}. */
    final int[] groupStart;
    final int[] byLicense;
    /** Ids that some other license names in renewalOf. */
    private final Set<String> renewed = new HashSet<>();

    PortfolioIndex(Portfolio portfolio, LocalDate asOf) {
        this.portfolio = portfolio;
        this.asOf = asOf;
        this.windowStart = asOf.minusMonths(12);
        this.fx = new FxConverter(portfolio.settings().reportingCurrency(), portfolio.fxRates());
        for (int i = 0; i < portfolio.assets().size(); i++) {
            assetIndex.put(portfolio.assets().get(i).id(), i);
        }
        List<License> licenses = portfolio.licenses();
        licenseAssets = new int[licenses.size()][];
        for (int k = 0; k < licenses.size(); k++) {
            licenseIndex.put(licenses.get(k).id(), k);
            licenseAssets[k] = assetPositions(licenses.get(k));
            String renews = licenses.get(k).renewalOf();
            if (renews != null && !renews.equals(licenses.get(k).id())) {
                renewed.add(renews);
            }
        }
        List<Receipt> receipts = portfolio.receipts();
        receiptLicense = new int[receipts.size()];
        groupStart = new int[licenses.size() + 1];
        countByLicense(receipts);
        byLicense = new int[groupStart[licenses.size()]];
        int[] next = groupStart.clone();
        for (int r = 0; r < receipts.size(); r++) {
            if (receiptLicense[r] >= 0) {
                byLicense[next[receiptLicense[r]]++] = r;
            }
        }
    }

    /** Fills receiptLicense, and groupStart with the running count of receipts per license. */
    private void countByLicense(List<Receipt> receipts) {
        String lastId = null;
        Integer license = null;
        for (int r = 0; r < receipts.size(); r++) {
            String id = receipts.get(r).licenseId();
            // Receipts of one license usually come together: skip the hash look-up while the license repeats.
            if (!id.equals(lastId)) {
                license = licenseIndex.get(id);
                lastId = id;
            }
            receiptLicense[r] = license == null ? -1 : license;
            if (license == null) {
                warnings.add("receipt " + receipts.get(r).id() + ": its license " + id
                        + " is not in the portfolio; it is left out of every figure");
            } else {
                groupStart[license + 1]++;
            }
        }
        for (int k = 0; k + 1 < groupStart.length; k++) {
            groupStart[k + 1] += groupStart[k];
        }
    }

    private int[] assetPositions(License license) {
        int[] found = new int[license.assetIds().size()];
        int n = 0;
        for (String id : license.assetIds()) {
            Integer a = assetIndex.get(id);
            if (a == null) {
                warnings.add("license " + license.id() + ": its asset " + id + " is not in the portfolio; its share of"
                        + " the license's income goes to the other assets");
            } else {
                found[n++] = a;
            }
        }
        if (license.assetIds().isEmpty()) {
            warnings.add("license " + license.id() + " covers no asset: its receipts count for no asset");
        }
        return n == found.length ? found : Arrays.copyOf(found, n);
    }

    /** True when some license other than {@code id} itself names it in renewalOf. */
    boolean isRenewed(String id) {
        return renewed.contains(id);
    }

    /** True when {@code day} is in the window: A - 12 months &lt; day &lt;= A. */
    boolean inWindow(LocalDate day) {
        return day.isAfter(windowStart) && !day.isAfter(asOf);
    }

    /**
     * Adds {@code amount} (in minor units) to {@code totals}, split equally over {@code assets} in minor units: the
     * remainder goes one unit each to the first assets; a negative amount is split by its size, the sign kept.
     */
    static void split(long amount, int[] assets, long[] totals) {
        int n = assets.length;
        if (n == 0) {
            return;
        }
        long size = Math.abs(amount);
        long share = size / n;
        long remainder = size % n;
        long sign = Long.signum(amount);
        for (int i = 0; i < n; i++) {
            totals[assets[i]] += sign * (share + (i < remainder ? 1 : 0));
        }
    }
}

package io.licensor.service;

import io.licensor.model.EnforcementEntry;
import io.licensor.model.FxRate;
import io.licensor.model.InputRejectedException;
import io.licensor.model.License;
import io.licensor.model.Problem;
import io.licensor.model.Receipt;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code licensor generate}: fills an empty portfolio with a realistic synthetic one (see {@link SyntheticPlan} for
 * its shape) for trying the app out and for benchmarks. The same request gives the same portfolio, record for
 * record. Assets, licenses, rates and enforcement entries are written in one transaction; receipts follow in
 * transactions of {@link #CHUNK} batched inserts, so a million receipts never sit in memory at once.
 */
public final class PortfolioGenerator {
    /** Receipts per transaction. */
    static final int CHUNK = 50_000;

    private final PortfolioService service;

    public PortfolioGenerator(PortfolioService service) {
        this.service = service;
    }

    /** How many records of each kind were written. */
    public record Outcome(int assets, int licenses, long receipts, int enforcementEntries, int fxRates) {}

    /**
     * Generates the requested portfolio into the (empty) portfolio of this service.
     *
     * @throws InputRejectedException when the request is wrong, or the portfolio already holds data (nothing is
     *                                written then)
     */
    public Outcome generate(GenerateRequest request, GenerateProgress progress) {
        if (!request.problems().isEmpty()) {
            throw new InputRejectedException("generate", request.problems());
        }
        if (!service.isEmpty()) {
            throw new InputRejectedException(null, new Problem("--portfolio " + service.folder(),
                    "already holds data; generate writes only into a new or empty portfolio"));
        }
        SyntheticPlan plan = new SyntheticPlan(request);
        List<License> licenses = new ArrayList<>(request.licenses());
        for (int k = 1; k <= request.licenses(); k++) {
            licenses.add(plan.license(k));
        }
        List<EnforcementEntry> enforcement = plan.enforcement();
        List<FxRate> rates = plan.fxRates();
        int assets = writeRecords(plan, licenses, enforcement, rates);
        long receipts = writeReceipts(plan, licenses, request.receipts(), progress);
        return new Outcome(assets, licenses.size(), receipts, enforcement.size(), rates.size());
    }

    private int writeRecords(SyntheticPlan plan, List<License> licenses, List<EnforcementEntry> enforcement,
            List<FxRate> rates) {
        var assets = plan.assets();
        service.inOneTransaction(r -> {
            r.settings().save(plan.settings());
            r.assets().insertAll(assets);
            // renewals name an earlier license: insert in id order so the reference exists first
            r.licenses().insertAll(licenses);
            r.enforcement().insertAll(enforcement);
            r.fxRates().insertAll(rates);
            return null;
        });
        return assets.size();
    }

    private long writeReceipts(SyntheticPlan plan, List<License> licenses, long total, GenerateProgress progress) {
        List<Receipt> chunk = new ArrayList<>(CHUNK + GenerateRequest.MAX_RECEIPTS_PER_LICENSE);
        long next = 1;
        long written = 0;
        for (License license : licenses) {
            SyntheticPlan.Layout layout = plan.layout(Integer.parseInt(license.id().substring(1)));
            if (written + chunk.size() >= total) {
                break;
            }
            List<Receipt> receipts = SyntheticReceipts.of(plan, license, layout, next);
            next += receipts.size();
            chunk.addAll(receipts);
            if (chunk.size() >= CHUNK) {
                written += flush(chunk);
                progress.receiptsWritten(written, total);
            }
        }
        if (!chunk.isEmpty()) {
            written += flush(chunk);
            progress.receiptsWritten(written, total);
        }
        return written;
    }

    private long flush(List<Receipt> chunk) {
        int n = chunk.size();
        service.inOneTransaction(r -> {
            r.receipts().insertAll(chunk);
            return null;
        });
        chunk.clear();
        return n;
    }
}

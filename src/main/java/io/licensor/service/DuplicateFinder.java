package io.licensor.service;

import io.licensor.persistence.StatementImportRepository.StoredPeriod;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Finds the receipts of a checked statement that are probably there already: the same license and period as a stored
 * ROYALTY receipt, or as an earlier receipt of the same file. Entries with the same license and period end are
 * chained, so a million receipts cost one primitive hash map and one int array, not a million key objects.
 */
final class DuplicateFinder {

    private final List<String> licenseIds;
    private final Map<String, Integer> licenseIndex;
    private final int limit;
    private final List<DuplicateReceipt> listed = new ArrayList<>();
    private long count;

    /**
     * @param licenseIds   license id by index, as in the buffer
     * @param licenseIndex index by license id
     * @param limit        how many duplicates to list (all are counted)
     */
    DuplicateFinder(List<String> licenseIds, Map<String, Integer> licenseIndex, int limit) {
        this.licenseIds = licenseIds;
        this.licenseIndex = licenseIndex;
        this.limit = limit;
    }

    /** Looks for duplicates of the buffer's receipts among the stored periods and among themselves. */
    DuplicateFinder find(CandidateBuffer buffer, List<StoredPeriod> stored) {
        int existing = stored.size();
        int[] storedStart = new int[existing];
        int[] next = new int[existing + buffer.size()];
        Arrays.fill(next, -1);
        LongIntMap heads = new LongIntMap(existing + buffer.size());
        for (int e = 0; e < existing; e++) {
            StoredPeriod p = stored.get(e);
            Integer license = licenseIndex.get(p.licenseId());
            if (license == null) {
                continue;
            }
            storedStart[e] = p.periodStart() == null ? Integer.MIN_VALUE : (int) p.periodStart().toEpochDay();
            long key = key(license, (int) p.periodEnd().toEpochDay());
            next[e] = heads.get(key, -1);
            heads.put(key, e);
        }
        for (int row = 0; row < buffer.size(); row++) {
            long key = key(buffer.license(row), buffer.endDay(row));
            int start = buffer.startDay(row);
            int head = heads.get(key, -1);
            for (int e = head; e >= 0; e = next[e]) {
                int other = e < existing ? storedStart[e] : buffer.startDay(e - existing);
                if (sameStart(start, other)) {
                    report(buffer, row, e < existing ? stored.get(e).receiptId() : null,
                            e < existing ? 0 : buffer.firstLine(e - existing));
                    break;
                }
            }
            next[existing + row] = head;
            heads.put(key, existing + row);
        }
        return this;
    }

    private void report(CandidateBuffer buffer, int row, String receiptId, long otherLine) {
        count++;
        if (listed.size() < limit) {
            long first = buffer.firstLine(row);
            long last = buffer.lastLine(row);
            listed.add(new DuplicateReceipt(first, first == last ? "line " + first : "lines " + first + "-" + last,
                    licenseIds.get(buffer.license(row)), buffer.start(row), buffer.end(row), receiptId, otherLine));
        }
    }

    private static boolean sameStart(int a, int b) {
        return a == b || !CandidateBuffer.isDate(a) || !CandidateBuffer.isDate(b);
    }

    private static long key(int license, int endDay) {
        return ((long) license << 32) | (endDay & 0xFFFFFFFFL);
    }

    List<DuplicateReceipt> listed() {
        return listed;
    }

    long count() {
        return count;
    }
}

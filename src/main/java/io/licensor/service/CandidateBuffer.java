package io.licensor.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The receipts of a checked statement, kept between checking and writing in a compact columnar form: dates as epoch
 * days, amounts as unscaled longs with their scale, the license as an index. About 60 bytes a receipt (a million
 * receipts as records with BigDecimals would take several hundred MB), so a file is read once and written from
 * memory after every row has been checked. Amounts that do not fit a long are kept as they are, on the side.
 * Filled in chunks, so growing never copies what is already stored.
 */
final class CandidateBuffer {

    private static final int CHUNK_BITS = 14;
    private static final int CHUNK = 1 << CHUNK_BITS;
    private static final int NO_DATE = Integer.MIN_VALUE;
    private static final byte NO_VALUE = Byte.MIN_VALUE;
    private static final byte BIG = Byte.MAX_VALUE;

    /** The amount columns, in storage order. */
    enum Amount { SALES, UNITS, GROSS, WITHHOLDING }

    private static final int AMOUNTS = Amount.values().length;

    private final List<Chunk> chunks = new ArrayList<>();
    private final Map<Long, BigDecimal> big = new HashMap<>();
    private int size;

    private static final class Chunk {
        final long[] firstLine = new long[CHUNK];
        final long[] lastLine = new long[CHUNK];
        final int[] license = new int[CHUNK];
        final int[] start = new int[CHUNK];
        final int[] end = new int[CHUNK];
        final int[] received = new int[CHUNK];
        final long[] unscaled = new long[CHUNK * AMOUNTS];
        final byte[] scale = new byte[CHUNK * AMOUNTS];
    }

    /** Appends a receipt; returns its index. */
    int add(long firstLine, long lastLine, int license, LocalDate start, LocalDate end, LocalDate received,
            BigDecimal sales, BigDecimal units, BigDecimal gross, BigDecimal withholding) {
        int index = size;
        int slot = index & (CHUNK - 1);
        if (slot == 0) {
            chunks.add(new Chunk());
        }
        Chunk c = chunks.get(index >>> CHUNK_BITS);
        c.firstLine[slot] = firstLine;
        c.lastLine[slot] = lastLine;
        c.license[slot] = license;
        c.start[slot] = day(start);
        c.end[slot] = day(end);
        c.received[slot] = day(received);
        put(c, index, slot, Amount.SALES, sales);
        put(c, index, slot, Amount.UNITS, units);
        put(c, index, slot, Amount.GROSS, gross);
        put(c, index, slot, Amount.WITHHOLDING, withholding);
        size++;
        return index;
    }

    private void put(Chunk c, int index, int slot, Amount which, BigDecimal value) {
        int at = slot * AMOUNTS + which.ordinal();
        if (value == null) {
            c.scale[at] = NO_VALUE;
        } else if (value.scale() > -100 && value.scale() < 100 && value.precision() <= 18) {
            c.unscaled[at] = value.unscaledValue().longValueExact();
            c.scale[at] = (byte) value.scale();
        } else {
            c.scale[at] = BIG;
            big.put((long) index * AMOUNTS + which.ordinal(), value);
        }
    }

    int size() {
        return size;
    }

    private Chunk chunk(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return chunks.get(index >>> CHUNK_BITS);
    }

    long firstLine(int index) {
        return chunk(index).firstLine[index & (CHUNK - 1)];
    }

    long lastLine(int index) {
        return chunk(index).lastLine[index & (CHUNK - 1)];
    }

    int license(int index) {
        return chunk(index).license[index & (CHUNK - 1)];
    }

    /** Period start as an epoch day, or {@link #NO_DATE}. */
    int startDay(int index) {
        return chunk(index).start[index & (CHUNK - 1)];
    }

    int endDay(int index) {
        return chunk(index).end[index & (CHUNK - 1)];
    }

    LocalDate start(int index) {
        return date(startDay(index));
    }

    LocalDate end(int index) {
        return date(endDay(index));
    }

    LocalDate received(int index) {
        return date(chunk(index).received[index & (CHUNK - 1)]);
    }

    BigDecimal amount(int index, Amount which) {
        Chunk c = chunk(index);
        int at = (index & (CHUNK - 1)) * AMOUNTS + which.ordinal();
        byte scale = c.scale[at];
        if (scale == NO_VALUE) {
            return null;
        }
        if (scale == BIG) {
            return big.get((long) index * AMOUNTS + which.ordinal());
        }
        return BigDecimal.valueOf(c.unscaled[at], scale);
    }

    static boolean isDate(int day) {
        return day != NO_DATE;
    }

    private static int day(LocalDate date) {
        return date == null ? NO_DATE : Math.toIntExact(date.toEpochDay());
    }

    private static LocalDate date(int day) {
        return day == NO_DATE ? null : LocalDate.ofEpochDay(day);
    }
}

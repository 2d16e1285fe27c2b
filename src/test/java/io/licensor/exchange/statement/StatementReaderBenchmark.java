package io.licensor.exchange.statement;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Rows per second through detection, parsing and validation of a generated KDP-shaped statement (13 columns, quoted
 * titles with commas, ISO dates, amounts), for 100,000 and 1,000,000 rows, one receipt per row (streamed to a
 * counting sink) and summed per month. Not a unit test: run with
 * {@code mvn -q -DskipTests test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.licensor.exchange.statement.StatementReaderBenchmark}. Run it with a small heap
 * ({@code java -Xmx64m ...}) to see that a million rows stream without being held in memory.
 */
public final class StatementReaderBenchmark {

    private static final String HEADER = "Royalty Date,Title,Author Name,ASIN,Marketplace,Royalty Type,"
            + "Transaction Type,Units Sold,Units Refunded,Net Units Sold,Avg. List Price without tax,Royalty,Currency";

    private StatementReaderBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("statement-benchmark");
        try {
            for (int rows : new int[] {100_000, 1_000_000}) {
                Path file = dir.resolve("statement-" + rows + ".csv");
                generate(file, rows);
                System.out.printf("%,d rows, %.1f MB%n", rows, Files.size(file) / 1e6);
                for (int run = 1; run <= 3; run++) {
                    measure(file, rows, Grouping.PER_ROW, run);
                    measure(file, rows, Grouping.PER_MONTH, run);
                }
                Files.delete(file);
            }
        } finally {
            Files.deleteIfExists(dir);
        }
    }

    private static void generate(Path file, int rows) throws IOException {
        LocalDate start = LocalDate.of(2020, 1, 1);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            for (int i = 0; i < rows; i++) {
                LocalDate day = start.plusDays(i % 1461);
                int units = 1 + i % 7;
                String title = i % 5 == 0 ? "\"Jokes, Volume " + (i % 97) + "\"" : "Example Book " + (i % 97);
                out.write(day + "," + title + ",A. N. Author,B0EX" + (i % 100_000) + ",Amazon.com,"
                        + (i % 2 == 0 ? "35%" : "70%") + ",Standard," + units + ",0," + units + ","
                        + (2 + i % 10) + ".99," + (i % 50) + "." + (10 + i % 90) + ",USD\n");
            }
        }
    }

    private static void measure(Path file, int rows, Grouping grouping, int run) throws IOException {
        ColumnMapping mapping = ColumnMapping.of(Columns.NONE.with(Field.PERIOD_END, "Royalty Date")
                .with(Field.GROSS, "Royalty").with(Field.UNITS, "Net Units Sold").with(Field.CURRENCY, "Currency"))
                .withGrouping(grouping);
        AtomicLong receipts = new AtomicLong();
        System.gc();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long wallStart = System.nanoTime();
        long cpuStart = cpu.getCurrentThreadCpuTime();
        StatementDetector.detect(StatementSource.of(file), StatementOptions.DETECT);
        double detectSeconds = (System.nanoTime() - wallStart) / 1e9;
        ReadResult result = StatementReader.read(StatementSource.of(file), mapping,
                ReadSettings.DEFAULT.withCurrency(Currency.getInstance("USD")), c -> receipts.incrementAndGet());
        double seconds = (System.nanoTime() - wallStart) / 1e9 - detectSeconds;
        double cpuSeconds = (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        Runtime rt = Runtime.getRuntime();
        // the machine may be shared: CPU time says what the work costs, wall time what a user waits
        System.out.printf("  run %d %-9s detect %.2f s; read %,d rows in %5.2f s wall = %,9.0f rows/s"
                        + " (%,9.0f rows per CPU second); %,d receipts, %d problems; heap in use %d MB of %d MB%n",
                run, grouping, detectSeconds, result.rowsRead(), seconds, rows / seconds, rows / cpuSeconds,
                receipts.get(), result.problemCount(), (rt.totalMemory() - rt.freeMemory()) >> 20,
                rt.maxMemory() >> 20);
    }
}

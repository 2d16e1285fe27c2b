package io.licensor.testing;

import io.licensor.exchange.statement.ColumnMapping;
import io.licensor.exchange.statement.Columns;
import io.licensor.exchange.statement.Field;
import io.licensor.exchange.statement.StatementSource;
import io.licensor.model.Asset;
import io.licensor.model.AssetType;
import io.licensor.service.Backups;
import io.licensor.service.ImportCheck;
import io.licensor.service.ImportOutcome;
import io.licensor.service.ImportProgress;
import io.licensor.service.ImportRequest;
import io.licensor.service.PortfolioService;
import io.licensor.service.ReceiptImport;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The child JVM the crash-safety test kills at random moments: {@code MODE FOLDER [ARG]}. It prints "ready" once
 * the portfolio is open, then one line after each piece of work has been committed (never before), so every line the
 * parent read names something that must survive the kill.
 * <ul>
 *   <li>{@code statement FOLDER FILE.csv}: one statement import: "checked N" after reading and checking every row
 *       (nothing written yet), then the write (all rows, one transaction), then "imported N";</li>
 *   <li>{@code edits FOLDER TAG}: saves assets TAG-1, TAG-2, ... one transaction each, "saved TAG-i" after each;</li>
 *   <li>{@code backup FOLDER FILE.zip}: backs the portfolio up to the file again and again, "backed up i".</li>
 * </ul>
 */
public final class CrashChild {
    /** The statement CSV's header, matched by {@link #mapping()}. */
    public static final String HEADER = "License,Period Start,Period End,Reported Sales,Units,Royalty,Withholding,"
            + "Paid On";

    private CrashChild() {}

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PortfolioService s = PortfolioService.open(Path.of(args[1]));
        out.println("ready");
        switch (args[0]) {
            case "statement" -> {
                ReceiptImport importer = new ReceiptImport(s);
                ImportCheck check = importer.check(new ImportRequest(StatementSource.of(Path.of(args[2])),
                        mapping(), null, null), ImportProgress.NONE);
                out.println("checked " + check.receiptCount());
                ImportOutcome done = importer.write(check, true, ImportProgress.NONE);
                out.println("imported " + done.imported());
            }
            case "edits" -> {
                for (int i = 1; ; i++) {
                    s.saveAsset(Asset.of(args[2] + "-" + i, "Edit " + i + " of round " + args[2], AssetType.DESIGN));
                    out.println("saved " + args[2] + "-" + i);
                }
            }
            case "backup" -> {
                for (int i = 1; ; i++) {
                    Backups.create(s, Path.of(args[2]));
                    out.println("backed up " + i);
                }
            }
            default -> throw new IllegalArgumentException(args[0]);
        }
        Thread.sleep(Long.MAX_VALUE);
    }

    /** The statement columns by their header names. */
    public static ColumnMapping mapping() {
        return ColumnMapping.of(Columns.NONE.with(Field.LICENSE, "License")
                .with(Field.PERIOD_START, "Period Start").with(Field.PERIOD_END, "Period End")
                .with(Field.REPORTED_SALES, "Reported Sales").with(Field.UNITS, "Units")
                .with(Field.GROSS, "Royalty").with(Field.WITHHOLDING, "Withholding")
                .with(Field.RECEIVED_ON, "Paid On"));
    }
}

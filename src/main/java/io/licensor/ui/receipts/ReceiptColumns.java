package io.licensor.ui.receipts;

import io.licensor.model.Money;
import io.licensor.model.NaturalOrder;
import io.licensor.model.Receipt;
import io.licensor.ui.common.Columns;
import io.licensor.ui.common.StyleClasses;
import io.licensor.ui.common.TableCsvExport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The receipts table's columns, each one line over {@link Columns}, and its rows (tooltip, under-paid mark). */
final class ReceiptColumns {
    static final String SHORT_ROW = "short-row";
    static final String CHECK = "check";
    private static final List<String> TONES = List.of("check-danger", "check-success", "check-warning",
            "check-muted");

    private ReceiptColumns() {}

    /** The columns, most telling first; {@code license} is the License column (hidden while one license is shown). */
    static List<TableColumn<ReceiptRow, ?>> all(TableColumn<ReceiptRow, String> license) {
        TableColumn<ReceiptRow, String> id = Columns.text("ID", ReceiptRow::id, Function.identity(),
                NaturalOrder.INSTANCE);
        width(id, 54);
        TableColumn<ReceiptRow, Receipt> period = Columns.text("Period", ReceiptRow::receipt,
                r -> ReceiptTexts.period(r.periodStart(), r.periodEnd()), Comparator.comparing(Receipt::periodEnd)
                        .thenComparing(Receipt::periodStart, Comparator.nullsFirst(Comparator.naturalOrder())));
        width(period, 104);
        TableColumn<ReceiptRow, String> kind = Columns.string("Kind", r -> ReceiptTexts.shortKind(r.receipt().kind()));
        width(kind, 94);
        TableColumn<ReceiptRow, ReceiptRow> reported = Columns.text("Reported", Function.identity(),
                r -> ReceiptTexts.reported(r.reconciled().reported(), r.basis(), r.currency()),
                Comparator.comparing((ReceiptRow r) -> r.reconciled().reported(),
                        Comparator.nullsFirst(Comparator.<BigDecimal>naturalOrder())));
        reported.getStyleClass().add(StyleClasses.MONEY);
        Columns.explain(reported, "The licensee's own figure for the period: the sales (or units) their statement "
                + "reports, on which the royalty is worked out.");
        width(reported, 116);
        TableColumn<ReceiptRow, Money> expected = Columns.money("Expected", ReceiptRow::expected);
        Columns.explain(expected, "What the license's royalty terms give for the reported sales of the period "
                + "(tiers, minimums and caps counted), before withholding tax.");
        width(expected, 110);
        TableColumn<ReceiptRow, Money> received = Columns.money("Received", ReceiptRow::received);
        Columns.explain(received, "What the licensee paid for the period before tax was withheld: the net "
                + "payment plus the withholding.");
        width(received, 110);
        TableColumn<ReceiptRow, ReceiptRow> shortfall = Columns.graphic("Shortfall", Function.identity(),
                ReceiptColumns::checkGraphic, ReceiptColumns::explain, Comparator.comparing(ReceiptRow::shortfall,
                        Comparator.nullsFirst(Comparator.<BigDecimal>naturalOrder())));
        Columns.explain(shortfall, "Expected minus what was paid for the period (gross, with any minimum "
                + "top-up credited to it). Above zero the licensee paid short; hover over a row for the working.");
        checkCells(shortfall);
        width(shortfall, 156);
        // "Export as CSV..." writes these two as numbers, not as the words their cells show
        reported.getProperties().put(TableCsvExport.NUMBER,
                (Function<ReceiptRow, BigDecimal>) r -> r.reconciled().reported());
        shortfall.getProperties().put(TableCsvExport.NUMBER, (Function<ReceiptRow, BigDecimal>) ReceiptRow::shortfall);
        TableColumn<ReceiptRow, Money> withheld = Columns.money("Withheld", ReceiptRow::withholding);
        Columns.explain(withheld, "Tax the licensee kept back and paid to its tax office for you; a tax "
                + "certificate from them can usually be credited against your own tax.");
        width(withheld, 94);
        TableColumn<ReceiptRow, Money> net = Columns.money("Net", ReceiptRow::net);
        Columns.explain(net, "What reached your account: received minus withheld.");
        width(net, 110);
        TableColumn<ReceiptRow, LocalDate> on = Columns.date("Paid on", r -> r.receipt().receivedOn());
        width(on, 92);
        width(license, 72);
        return List.of(id, license, period, kind, reported, expected, received, shortfall, withheld, net, on);
    }

    /** The License column, its tooltip naming the licensee. */
    static TableColumn<ReceiptRow, String> licenseColumn() {
        return Columns.text("License", ReceiptRow::licenseId, Function.identity(), NaturalOrder.INSTANCE);
    }

    private static void width(TableColumn<ReceiptRow, ?> column, double width) {
        column.setPrefWidth(width);
        column.setMinWidth(Math.round(width * 0.6));
    }

    /** The shortfall column's word with its icon: the colour is never the only sign. */
    static Node checkGraphic(ReceiptRow row) {
        String words = ReceiptTexts.check(row.reconciled(), row.currency());
        if (words.isEmpty()) {
            return null;
        }
        Label label = new Label(words, new FontIcon(icon(row)));
        label.getStyleClass().addAll(CHECK, tone(row));
        return label;
    }

    private static Ikon icon(ReceiptRow row) {
        return switch (row.check()) {
            case SHORT -> Feather.ALERT_TRIANGLE;
            case PAID -> Feather.CHECK;
            case OVERPAID -> Feather.PLUS_CIRCLE;
            case NO_REPORT -> Feather.HELP_CIRCLE;
            case TOP_UP -> Feather.CORNER_LEFT_UP;
            case TOP_UP_UNMATCHED, TERMS_INVALID -> Feather.ALERT_CIRCLE;
            case NOT_DUE_YET -> Feather.CLOCK;
            case NOT_ROYALTY -> Feather.MINUS;
        };
    }

    /** The style class of the check's tone (receipts.css). */
    static String tone(ReceiptRow row) {
        return switch (row.check()) {
            case SHORT, TERMS_INVALID -> "check-danger";
            case PAID -> "check-success";
            case TOP_UP_UNMATCHED -> "check-warning";
            default -> "check-muted";
        };
    }

    static String explain(ReceiptRow row) {
        return ReceiptTexts.explain(row.reconciled(), row.basis(), row.currency());
    }

    /**
     * Rows that explain themselves on hover and stand out when the period was paid short. The explanation is written
     * when the tooltip is about to show, not each time a row shows another receipt while scrolling.
     */
    static void rows(TableView<ReceiptRow> table) {
        table.setRowFactory(t -> new TableRow<>() {
            private final Tooltip tip = new Tooltip();

            {
                tip.setShowDelay(Duration.millis(400));
                tip.setShowDuration(Duration.seconds(30));
                tip.setWrapText(true);
                tip.setMaxWidth(460);
                tip.setOnShowing(e -> tip.setText(getItem() == null ? "" : explain(getItem())));
            }

            @Override
            protected void updateItem(ReceiptRow item, boolean empty) {
                super.updateItem(item, empty);
                // a style class removed and added again re-applies CSS to the row and its cells: change it only
                // when the row's state changes
                mark(getStyleClass(), SHORT_ROW, !empty && item != null && item.isShort());
                setTooltip(empty || item == null ? null : tip);
            }
        });
    }

    /** Adds or removes a style class only when it is not already as wanted. */
    private static void mark(List<String> classes, String styleClass, boolean wanted) {
        if (wanted != classes.contains(styleClass)) {
            if (wanted) {
                classes.add(styleClass);
            } else {
                classes.remove(styleClass);
            }
        }
    }

    /**
     * The Shortfall column's cells: one label and icon per cell, changed in place as the cell shows another receipt
     * (a new label and icon per row shown made scrolling a million rows slower); the explanation is written when the
     * tooltip is about to show.
     */
    static void checkCells(TableColumn<ReceiptRow, ReceiptRow> column) {
        column.setCellFactory(c -> new TableCell<>() {
            private final FontIcon icon = new FontIcon();
            private final Label label = new Label("", icon);
            private final Tooltip tip = new Tooltip();

            {
                label.getStyleClass().add(CHECK);
                tip.setOnShowing(e -> tip.setText(getItem() == null ? "" : explain(getItem())));
            }

            @Override
            protected void updateItem(ReceiptRow row, boolean empty) {
                super.updateItem(row, empty);
                String words = empty || row == null ? "" : ReceiptTexts.check(row.reconciled(), row.currency());
                if (words.isEmpty()) {
                    setGraphic(null);
                    setTooltip(null);
                    return;
                }
                label.setText(words);
                Ikon ikon = icon(row);
                if (icon.getIconCode() != ikon) {
                    icon.setIconCode(ikon);
                }
                String tone = tone(row);
                if (!label.getStyleClass().contains(tone)) {
                    label.getStyleClass().removeAll(TONES);
                    label.getStyleClass().add(tone);
                }
                setGraphic(label);
                setTooltip(tip);
            }
        });
    }
}

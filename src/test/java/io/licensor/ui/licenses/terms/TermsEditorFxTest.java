package io.licensor.ui.licenses.terms;

import static org.assertj.core.api.Assertions.assertThat;

import io.licensor.analytics.RoyaltyEngine;
import io.licensor.analytics.SalesPeriod;
import io.licensor.model.Money;
import io.licensor.model.RoyaltyTerms;
import io.licensor.model.Tier;
import io.licensor.ui.common.Formats;
import io.licensor.ui.shell.Theme;
import io.licensor.ui.testing.ScriptedDialogs;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The terms editor and its preview on their own, as the scenario studio would use them, typed at headless. */
@ExtendWith(ApplicationExtension.class)
class TermsEditorFxTest {
    private static final LocalDate START = LocalDate.of(2024, 1, 1);
    private TermsModel terms;
    private PreviewModel preview;

    @Start
    void start(Stage stage) {
        terms = new TermsModel(Locale.ENGLISH);
        terms.load(RoyaltyTerms.flat("USD", START, "0.05").withTiers(List.of(Tier.of("0", "0.05"),
                Tier.of("100000", "0.12"))));
        preview = new PreviewModel(terms.numberText());
        preview.termsProperty().bind(terms.termsProperty());
        preview.suggestSales(new BigDecimal("250000"));
        TermsEditor editor = new TermsEditor();
        editor.bind(terms);
        TermsPreview chart = new TermsPreview();
        chart.bind(preview, new ScriptedDialogs());
        editor.setPrefWidth(480);
        chart.setPrefWidth(560);
        Scene scene = new Scene(new HBox(12, new ScrollPane(editor), chart), 1100, 760);
        Theme.apply(scene, false);
        stage.setScene(scene);
        stage.show();
    }

    private static void replace(FxRobot robot, String query, String text) {
        robot.doubleClickOn(query).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static BigDecimal engine(RoyaltyTerms t, String sales) {
        return RoyaltyEngine.of(t).run(List.of(new SalesPeriod(START, START.plusYears(1).minusDays(1),
                new BigDecimal(sales)))).totals().totalPayable();
    }

    @Test
    void aDescendingThresholdIsRefusedWithAVisibleSentence(FxRobot robot) {
        robot.clickOn("Add tier");
        replace(robot, "#tierFrom2", "50000");
        replace(robot, "#tierRate2", "18 %");

        Label message = robot.lookup(".field-message").match(Label::isVisible).queryAs(Label.class);
        assertThat(message.getText()).isEqualTo("Tier 3, from: thresholds must ascend: 50000 is not above 100000.");
        assertThat(terms.termsProperty().get()).isNull();
        assertThat(robot.lookup("#previewSentence").queryAs(Label.class).getText()).startsWith("Complete the terms");

        replace(robot, "#tierFrom2", "500000");
        assertThat(robot.lookup(".field-message").match(Label::isVisible).tryQuery()).isEmpty();
        assertThat(terms.isValid()).isTrue();
    }

    @Test
    void aRateOverAHundredPercentIsRefusedWithAVisibleSentence(FxRobot robot) {
        replace(robot, "#tierRate1", "150 %");

        Label message = robot.lookup(".field-message").match(Label::isVisible).queryAs(Label.class);
        assertThat(message.getText()).isEqualTo("Tier 2, rate: a share of net sales cannot exceed 1 (100 %), got "
                + "150 %.");
        assertThat(terms.isValid()).isFalse();
    }

    @Test
    void thePreviewSentenceShowsTheEnginesFigureAndFollowsTheTyping(FxRobot robot) {
        Label sentence = robot.lookup("#previewSentence").queryAs(Label.class);
        String first = Formats.money(Money.of(engine(terms.termsProperty().get(), "250000"), terms.currencyProperty()
                .get()));
        assertThat(sentence.getText()).startsWith("This would earn " + first + " on 250,000.00 USD of sales");

        replace(robot, "#tierRate1", "15 %");
        replace(robot, "#previewSales", "400000");

        BigDecimal expected = engine(terms.termsProperty().get(), "400000");
        assertThat(expected).isEqualByComparingTo("50000.00");
        assertThat(sentence.getText()).startsWith("This would earn " + Formats.money(Money.of(expected,
                terms.currencyProperty().get())) + " on 400,000.00 USD of sales");
        assertThat(robot.lookup(".chart-marker-label").queryAllAs(javafx.scene.text.Text.class))
                .extracting(javafx.scene.text.Text::getText).contains("15 % from 100k");
        assertThat(robot.lookup("#previewSales").queryAs(TextField.class).getText()).isEqualTo("400000");
    }
}

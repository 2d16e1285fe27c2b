package io.licensor.ui.assets;

import io.licensor.ui.common.StyleClasses;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;

/**
 * Shows the form's issues where they belong: a ControlsFX decoration (error or warning icon with the sentence as a
 * tooltip) on the control of each issue's field, and the sentences in a label under the field or group. Controls of
 * editable lines come and go, so the view re-registers them whenever it rebuilds a line.
 */
public final class FieldFeedback {
    private final GraphicValidationDecoration decoration = new GraphicValidationDecoration();
    private final Map<String, Control> controls = new HashMap<>();
    private final Map<Label, Predicate<String>> messages = new LinkedHashMap<>();
    private List<FormIssue> last = List.of();
    /** True when controls changed (lines rebuilt, scene attached) and the decorations must be redone. */
    private boolean stale = true;

    public void control(String field, Control control) {
        controls.put(field, control);
        stale = true;
    }

    /** Drops the controls of lines that were rebuilt (fields starting with {@code prefix}, like "owners["). */
    public void forgetControls(String prefix) {
        controls.entrySet().removeIf(e -> {
            boolean gone = e.getKey().startsWith(prefix);
            if (gone) {
                decoration.removeDecorations(e.getValue());
            }
            return gone;
        });
    }

    /** {@code label} shows the sentences of the issues whose field passes {@code fields}. */
    public void messages(Label label, Predicate<String> fields) {
        label.getStyleClass().add(StyleClasses.FIELD_MESSAGE);
        label.setWrapText(true);
        messages.put(label, fields);
        label.managedProperty().bind(label.visibleProperty());
        label.setVisible(false);
    }

    public void show(List<FormIssue> issues) {
        if (issues.equals(last) && !stale) {
            return; // most keystrokes change no issue; redecorating costs a layout pass
        }
        stale = false;
        last = List.copyOf(issues);
        for (Control control : controls.values()) {
            decoration.removeDecorations(control);
        }
        for (FormIssue issue : issues) {
            Control control = controls.get(issue.field());
            if (control != null && control.getScene() != null) {
                decoration.applyValidationDecoration(issue.isError()
                        ? ValidationMessage.error(control, issue.message())
                        : ValidationMessage.warning(control, issue.message()));
            }
        }
        messages.forEach((label, fields) -> {
            List<FormIssue> mine = new ArrayList<>();
            for (FormIssue issue : issues) {
                if (fields.test(issue.field())) {
                    mine.add(issue);
                }
            }
            label.setText(mine.stream().map(FormIssue::message).collect(Collectors.joining("\n")));
            label.setVisible(!mine.isEmpty());
            boolean onlyWarnings = mine.stream().noneMatch(FormIssue::isError);
            label.getStyleClass().remove(StyleClasses.FIELD_WARNING);
            if (onlyWarnings) {
                label.getStyleClass().add(StyleClasses.FIELD_WARNING);
            }
        });
    }

    /** Shows the last issues again, e.g. once the controls are in a scene (decorations need one). */
    public void refresh() {
        stale = true;
        show(last);
    }
}

package io.licensor.ui.common;

/** Style-class names of app.css, in one place so code and stylesheet cannot drift apart. */
public final class StyleClasses {
    private StyleClasses() {}

    /** Right-aligned tabular figures for money and other numbers. */
    public static final String MONEY = "money";
    public static final String NEGATIVE = "negative";
    public static final String NAVIGATION = "navigation";
    public static final String STATUS_BAR = "status-bar";
    public static final String DEMO_MARK = "demo-mark";
    public static final String PORTFOLIO_NAME = "portfolio-name";
    public static final String EMPTY_STATE = "empty-state";
    public static final String FORM_SECTION = "form-section";
    public static final String FIELD_MESSAGE = "field-message";
    public static final String FIELD_WARNING = "field-warning";
    public static final String FORM_SUMMARY = "form-summary";
    public static final String FLAG = "flag";
    public static final String COPYLEFT = "copyleft";
    public static final String DETAIL_PANE = "detail-pane";
    public static final String TOOLBAR = "section-toolbar";
    /** A table column whose header explains its figure in a tooltip ({@link Columns#explain}). */
    public static final String EXPLAINED = "explained";
}

package io.licensor.ui.receipts;

/**
 * One figure of a totals bar: a caption, the value, an optional second line (the reporting-currency value), how it
 * was computed (the tooltip) and its tone.
 */
public record Figure(String caption, String value, String secondary, String tooltip, Tone tone) {

    /** How a figure is coloured, always with a word or icon beside the colour. */
    public enum Tone { NORMAL, DANGER, SUCCESS, MUTED }
}

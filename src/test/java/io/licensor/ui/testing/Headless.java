package io.licensor.ui.testing;

/** The system properties surefire sets for headless UI tests, for tools started with exec:java. */
public final class Headless {
    private Headless() {}

    /** Call before anything touches JavaFX. A 1400x900 virtual screen leaves room for a 1280x800 window. */
    public static void configure() {
        System.setProperty("testfx.headless", "true");
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        System.setProperty("java.awt.headless", "true");
        System.setProperty("headless.geometry", "1400x900-32");
        // screenshots of a section must not show the welcome card over it (WelcomeScreenshots turns it on)
        System.setProperty("licensor.welcome", "off");
    }
}

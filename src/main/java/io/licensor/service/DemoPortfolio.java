package io.licensor.service;

import io.licensor.exchange.PortfolioJson;
import io.licensor.model.Portfolio;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** The bundled demo portfolio, for trying Licensor without typing in one's own data first. */
public final class DemoPortfolio {
    /** The bundled portfolio file. */
    public static final String RESOURCE = "/io/licensor/service/demo-portfolio.json";
    /** The demo license whose terms are the source article's tiered deal; the article scenario starts from it. */
    static final String ARTICLE_LICENSE = "L1";

    private DemoPortfolio() {}

    /**
     * Creates the portfolio in {@code folder} from the bundled demo file and marks it as a demo
     * ({@link PortfolioService#isDemo()}). The folder must not hold a portfolio yet; if anything fails, what was
     * created is removed again.
     *
     * @return the open demo portfolio; the caller closes it
     * @throws PortfolioOpenException when the folder already holds a portfolio or cannot be opened
     */
    public static PortfolioService install(Path folder) {
        if (PortfolioFolder.holdsPortfolio(folder)) {
            throw new PortfolioOpenException(folder, "The folder " + folder.toAbsolutePath() + " already holds a "
                    + "portfolio. Choose an empty folder for the demo.", null);
        }
        Portfolio demo = bundled();
        PortfolioFolder before = PortfolioFolder.before(folder);
        PortfolioService service = null;
        try {
            service = PortfolioService.open(folder);
            service.importPortfolio(demo);
            // the portfolio file has no scenarios (decision 0081): the demo's saved scenario is added here
            new Scenarios(service).save(ScenarioStarts.article(ARTICLE_LICENSE));
            service.markDemo(true);
            return service;
        } catch (RuntimeException e) {
            if (service != null) {
                service.close();
            }
            before.removeWhatWasCreatedAfter(e);
            throw e;
        }
    }

    /** The bundled demo portfolio as a model value. */
    public static Portfolio bundled() {
        try (InputStream in = DemoPortfolio.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the demo portfolio " + RESOURCE + " is missing from the app");
            }
            return PortfolioJson.read(in, "demo portfolio");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

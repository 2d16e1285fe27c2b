package io.licensor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.licensor.exchange.Json;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process and keeps what it printed. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LicensorCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliRun(code, out.toString(), err.toString());
    }

    JsonNode json() {
        try {
            return Json.mapper().readTree(out);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + out, e);
        }
    }
}

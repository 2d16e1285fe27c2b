package io.licensor.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import io.licensor.model.Problem;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** The {@code "format"} and {@code "version"} fields that say a file is a portfolio file this app can read. */
final class FormatHeader {
    static final String FORMAT = "licensor-portfolio";
    static final int VERSION = 1;

    private FormatHeader() {}

    /** Problems with the header; reading the fields marks them as known. */
    static List<Problem> check(JsonFields f) {
        List<Problem> out = new ArrayList<>();
        JsonNode format = f.value("format");
        if (format == null || !format.isTextual() || !FORMAT.equals(format.textValue())) {
            out.add(new Problem(f.at("format"), "must be \"" + FORMAT + "\" (is this a Licensor portfolio file?), got "
                    + JsonFields.describe(format)));
        }
        JsonNode version = f.value("version");
        if (version == null || !version.isIntegralNumber()) {
            out.add(new Problem(f.at("version"), "must be the number " + VERSION + ", got "
                    + JsonFields.describe(version)));
        } else if (!version.bigIntegerValue().equals(BigInteger.valueOf(VERSION))) {
            out.add(new Problem(f.at("version"), "this file has version " + version.bigIntegerValue()
                    + " but this Licensor reads version " + VERSION + " (was it written by a newer Licensor?)"));
        }
        return out;
    }
}

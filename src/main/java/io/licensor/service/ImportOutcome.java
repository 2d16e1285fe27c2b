package io.licensor.service;

import java.util.List;

/**
 * What an import wrote.
 *
 * @param imported         how many receipts were added
 * @param firstId          the id of the first one (null when none)
 * @param lastId           the id of the last one (null when none)
 * @param perLicense       what each license got from this statement, in license order
 * @param totalsAfter      each license's receipts in all after the import (for the first 100 licenses)
 * @param mappingSavedFor  the licensee whose mapping was remembered, or null
 */
public record ImportOutcome(long imported, String firstId, String lastId, List<StatementTotals> perLicense,
        List<StatementTotals> totalsAfter, String mappingSavedFor) {

    public ImportOutcome {
        perLicense = List.copyOf(perLicense);
        totalsAfter = List.copyOf(totalsAfter);
    }
}

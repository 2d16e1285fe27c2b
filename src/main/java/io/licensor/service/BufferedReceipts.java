package io.licensor.service;

import io.licensor.model.Receipt;
import io.licensor.model.ReceiptKind;
import io.licensor.persistence.StatementImportRepository.LicenseKey;
import io.licensor.service.CandidateBuffer.Amount;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/** The buffer's receipts as ROYALTY receipts with consecutive ids prefix+first, prefix+(first+1) ..., one at a time. */
final class BufferedReceipts implements Iterator<Receipt> {

    private final CandidateBuffer buffer;
    private final List<LicenseKey> licenses;
    private final String prefix;
    private final long first;
    private int next;

    BufferedReceipts(CandidateBuffer buffer, List<LicenseKey> licenses, String prefix, long first) {
        this.buffer = buffer;
        this.licenses = licenses;
        this.prefix = prefix;
        this.first = first;
    }

    @Override
    public boolean hasNext() {
        return next < buffer.size();
    }

    @Override
    public Receipt next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        int i = next++;
        return new Receipt(prefix + (first + i), licenses.get(buffer.license(i)).id(), ReceiptKind.ROYALTY,
                buffer.start(i), buffer.end(i), buffer.amount(i, Amount.SALES), buffer.amount(i, Amount.UNITS),
                buffer.amount(i, Amount.GROSS), buffer.amount(i, Amount.WITHHOLDING), buffer.received(i));
    }
}

package readout.app.ingest;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A lazy sequence of input records: a subclass says how to get the next one ({@link #advance}) and,
 * optionally, what to release at the end ({@link #finish}); this class does the iterator bookkeeping.
 */
public abstract class Records implements Iterator<InputRecord> {
    private InputRecord next;
    private boolean done;

    /** The next record, or null when there are no more. */
    protected abstract InputRecord advance();

    /** Called once, when {@link #advance} has returned null. */
    protected void finish() {
    }

    @Override
    public final boolean hasNext() {
        if (next == null && !done) {
            next = advance();
            if (next == null) {
                done = true;
                finish();
            }
        }
        return next != null;
    }

    @Override
    public final InputRecord next() {
        if (!hasNext()) throw new NoSuchElementException();
        InputRecord r = next;
        next = null;
        return r;
    }
}

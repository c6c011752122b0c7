package factpipe.ingest;

/** A document that cannot be read; the message is one line for the user, naming the reason. */
public class IngestException extends Exception {

    public IngestException(String reason) {
        super(reason);
    }

    public IngestException(String reason, Throwable cause) {
        super(reason, cause);
    }
}

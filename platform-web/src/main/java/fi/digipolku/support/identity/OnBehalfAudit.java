package fi.digipolku.support.identity;

/**
 * Where a request made on behalf of another person is recorded: the access log of a service with a database
 * (platform-data's {@code AccessLog}). An application without one (the gateway) has no implementation, and records
 * nothing.
 */
public interface OnBehalfAudit {

    /** Records, in a transaction of its own, that the caller acted on behalf of {@code onBehalf.subject()}. */
    void recordOnBehalf(Caller onBehalf, String action, String path);
}

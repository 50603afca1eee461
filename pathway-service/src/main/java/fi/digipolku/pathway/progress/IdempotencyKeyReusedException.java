package fi.digipolku.pathway.progress;

import fi.digipolku.support.problem.ProblemException;
import fi.digipolku.support.problem.ProblemType;

/**
 * An Idempotency-Key that was used for another request (another module or body) of the same person: answered with
 * status 422 and type {@code urn:digipolku:problem:conflict}, since the request conflicts with the earlier one.
 */
public class IdempotencyKeyReusedException extends ProblemException {

    /** The status of the answer: the request is understood but cannot be processed with this key. */
    public static final int STATUS = 422;

    public IdempotencyKeyReusedException() {
        super(ProblemType.CONFLICT, "record.idempotency-key-reused");
    }
}

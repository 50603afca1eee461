package fi.digipolku.pathway.progress;

import fi.digipolku.pathway.enrollment.Enrollment;
import fi.digipolku.pathway.enrollment.EnrollmentRules;
import fi.digipolku.support.identity.Caller;

/**
 * Who reads a progress record. A private entry is readable by its author only: the person who wrote it
 * ({@link Caller#actor()}), under every role and mandate, so neither a guardian acting for a child nor the child reads
 * the other's private entries, and no professional, admin, analyst or integrator reads any. Any other record is read
 * by whoever may see the enrollment. Every read path (lists, review, idempotent replays, FHIR) applies this rule.
 */
public final class RecordAccess {

    private RecordAccess() {
    }

    /** Whether the caller may read a record of the enrollment. */
    public static boolean mayRead(Caller caller, Enrollment enrollment, boolean privateEntry, String author) {
        if (!EnrollmentRules.maySee(caller, enrollment)) {
            return false;
        }
        return !privateEntry || caller.actor().equals(author);
    }

    /** The author whose private entries the caller reads: the person at the keyboard, never the one represented. */
    public static String privateReader(Caller caller) {
        return caller.actor();
    }
}

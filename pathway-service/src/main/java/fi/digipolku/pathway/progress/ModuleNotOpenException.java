package fi.digipolku.pathway.progress;

import java.time.LocalDate;
import java.time.ZoneId;

import fi.digipolku.support.problem.ProblemException;
import fi.digipolku.support.problem.ProblemType;

/**
 * A record of a module before its day ({@link ModuleOpening}): a 409 conflict whose problem also names the opening day
 * as the extension member {@code opensOn}, so that an app can show when to come back.
 */
public class ModuleNotOpenException extends ProblemException {

    private final LocalDate opensOn;

    public ModuleNotOpenException(String moduleKey, LocalDate opensOn, ZoneId zone) {
        super(ProblemType.CONFLICT, "record.module-not-open", moduleKey, opensOn, zone.getId());
        this.opensOn = opensOn;
    }

    public LocalDate opensOn() {
        return opensOn;
    }
}

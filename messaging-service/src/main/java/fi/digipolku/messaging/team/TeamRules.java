package fi.digipolku.messaging.team;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import fi.digipolku.messaging.promise.PromiseUnit;
import fi.digipolku.support.problem.FieldError;

/** Checks of team settings that a single field's constraint cannot express. */
public final class TeamRules {

    /** A promise longer than this many working days is no promise a client can plan by. */
    static final int MAX_WORKING_DAYS = 30;

    private TeamRules() {
    }

    /** Every problem with the settings of team {@code teamId}; empty when they are consistent. */
    public static List<FieldError> check(String teamId, TeamRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (request.promise().unit() == PromiseUnit.WORKING_DAYS
                && request.promise().amount() > MAX_WORKING_DAYS) {
            errors.add(new FieldError("promise.amount", "must be at most " + MAX_WORKING_DAYS + " working days"));
        }
        if (!request.workingHours().start().isBefore(request.workingHours().end())) {
            errors.add(new FieldError("workingHours.end", "must be after the start"));
        }
        try {
            ZoneId.of(request.workingHours().zone());
        } catch (DateTimeException e) {
            errors.add(new FieldError("workingHours.zone", "must be a time zone id such as Europe/Helsinki"));
        }
        if (!request.openingHours().opens().isBefore(request.openingHours().closes())) {
            errors.add(new FieldError("openingHours.closes", "must be after the opening time"));
        }
        if (teamId.equals(request.escalationTeam())) {
            errors.add(new FieldError("escalationTeam", "must be another team"));
        }
        return errors;
    }
}

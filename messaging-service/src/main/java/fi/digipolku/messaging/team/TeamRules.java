package fi.digipolku.messaging.team;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import fi.digipolku.messaging.promise.PromiseUnit;
import fi.digipolku.support.problem.FieldError;
import fi.digipolku.support.problem.Messages;

/** Checks of team settings that a single field's constraint cannot express. */
public final class TeamRules {

    /** A promise longer than this many working days is no promise a client can plan by. */
    static final int MAX_WORKING_DAYS = 30;
    /** A field path, kept out of the call so that it is not taken for a message key. */
    private static final String PROMISE_AMOUNT = "promise.amount";

    private TeamRules() {
    }

    /** Every problem with the settings of team {@code teamId}; empty when they are consistent. */
    public static List<FieldError> check(String teamId, TeamRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (request.promise().unit() == PromiseUnit.WORKING_DAYS
                && request.promise().amount() > MAX_WORKING_DAYS) {
            errors.add(new FieldError(PROMISE_AMOUNT, Messages.text("team.promise-too-long", MAX_WORKING_DAYS)));
        }
        if (!request.workingHours().start().isBefore(request.workingHours().end())) {
            errors.add(new FieldError("workingHours.end", "team.work-end-too-early"));
        }
        try {
            ZoneId.of(request.workingHours().zone());
        } catch (DateTimeException e) {
            errors.add(new FieldError("workingHours.zone", "team.zone-unknown"));
        }
        if (!request.openingHours().opens().isBefore(request.openingHours().closes())) {
            errors.add(new FieldError("openingHours.closes", "team.closing-too-early"));
        }
        if (teamId.equals(request.escalationTeam())) {
            errors.add(new FieldError("escalationTeam", "team.escalation-to-itself"));
        }
        return errors;
    }
}

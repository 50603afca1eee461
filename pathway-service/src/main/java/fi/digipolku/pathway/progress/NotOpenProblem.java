package fi.digipolku.pathway.progress;

import java.net.URI;
import java.time.LocalDate;

import fi.digipolku.support.problem.Problem;

/**
 * The problem details of a record made before its module opens: the usual members (type
 * {@code urn:digipolku:problem:conflict}, status 409) and {@code opensOn}, the Europe/Helsinki day the module opens.
 */
public record NotOpenProblem(URI type, String title, int status, String detail, String instance, String requestId,
        LocalDate opensOn) {

    static NotOpenProblem of(Problem problem, LocalDate opensOn) {
        return new NotOpenProblem(problem.type(), problem.title(), problem.status(), problem.detail(),
                problem.instance(), problem.requestId(), opensOn);
    }
}

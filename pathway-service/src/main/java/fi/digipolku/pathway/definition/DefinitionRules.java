package fi.digipolku.pathway.definition;

import java.util.ArrayList;
import java.util.List;

import fi.digipolku.support.problem.FieldError;

/** Rules a definition must meet to be published, all checked at once so an admin sees every error together. */
public final class DefinitionRules {

    private DefinitionRules() {
    }

    public static List<FieldError> publishErrors(DefinitionContent content) {
        List<FieldError> errors = new ArrayList<>();
        if (content.name() == null || content.name().getOrDefault("fi", "").isBlank()) {
            errors.add(new FieldError("name.fi", "a Finnish name is required to publish"));
        }
        if (content.kind() == PathwayKind.SELF_CARE && content.messagingEnabled()) {
            errors.add(new FieldError("messagingEnabled",
                    "a self-care pathway has no care-team follow-up, so it cannot offer messaging"));
        }
        return errors;
    }

    /** Whether new enrollments may start on a definition in this status. */
    public static boolean acceptsEnrollments(DefinitionStatus status) {
        return status == DefinitionStatus.PUBLISHED;
    }
}

package fi.digipolku.pathway.enrollment;

import jakarta.validation.constraints.NotNull;

/** Taking a self-care enrollment under team follow-up needs the client's consent. */
public record UpgradeRequest(@NotNull Boolean clientConsents) {
}

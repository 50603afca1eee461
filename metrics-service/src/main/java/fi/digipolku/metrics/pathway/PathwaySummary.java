package fi.digipolku.metrics.pathway;

import java.util.UUID;

/** A pathway as reports name it: the latest published version's name, kind and care team. */
public record PathwaySummary(UUID definitionId, String name, String kind, String careTeam, int latestVersion,
        boolean retired) {
}

package fi.digipolku.metrics.pathway;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import fi.digipolku.support.http.Page;
import fi.digipolku.support.identity.Caller;
import fi.digipolku.support.identity.Role;

/** The pathways known to reporting. Professionals see their own teams' pathways; analysts and admins see all. */
@ApplicationScoped
public class PathwayReportService {

    private final PathwayRepository pathways;

    public PathwayReportService(PathwayRepository pathways) {
        this.pathways = pathways;
    }

    public Page<PathwaySummary> pathways(Caller caller, int page, int size) {
        boolean all = caller.hasRole(Role.ANALYST) || caller.hasRole(Role.ADMIN);
        List<String> teams = new ArrayList<>(caller.teams());
        if (!all && teams.isEmpty()) {
            return new Page<>(List.of(), page, size, 0);
        }
        List<String> visible = all ? null : teams;
        return new Page<>(pathways.page(visible, page, size), page, size, pathways.count(visible));
    }
}

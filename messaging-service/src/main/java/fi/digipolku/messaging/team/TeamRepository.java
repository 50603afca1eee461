package fi.digipolku.messaging.team;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** The teams an admin configured (table {@code team}). */
@ApplicationScoped
public class TeamRepository implements PanacheRepositoryBase<Team, String> {

    /** Every configured team, by id. */
    public List<Team> allById() {
        return listAll(Sort.by("id"));
    }
}

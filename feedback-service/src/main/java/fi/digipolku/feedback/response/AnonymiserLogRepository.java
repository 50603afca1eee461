package fi.digipolku.feedback.response;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** The anonymiser's log (table {@code anonymiser_log}): counts per category, never the values. */
@ApplicationScoped
public class AnonymiserLogRepository implements PanacheRepositoryBase<AnonymiserLogEntry, UUID> {

    /** What the anonymiser removed from one text, by category, and the day it was logged. */
    public record Removals(Map<String, Integer> removed, LocalDate loggedOn) {
    }

    /** The entries logged from {@code first} to {@code last}. */
    public List<Removals> loggedBetween(LocalDate first, LocalDate last) {
        return getEntityManager().createQuery("""
                select new fi.digipolku.feedback.response.AnonymiserLogRepository$Removals(l.removed, l.loggedOn)
                from AnonymiserLogEntry l where l.loggedOn between ?1 and ?2""", Removals.class)
                .setParameter(1, first).setParameter(2, last).getResultList();
    }
}

package fi.digipolku.support.identity;

import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who is calling, as the platform sees it: the token's subject, the platform roles it carries, the care teams the
 * person belongs to (the token's groups), the authentication context class ({@code acr}) and the subjects the person
 * may act for (mandates). Only the platform's own roles are kept; the identity provider's technical roles are not.
 */
public record Caller(String subject, Set<String> roles, Set<String> teams, String acr, Set<String> mandates,
        String representative) {

    /** A caller acting for themself. */
    public Caller(String subject, Set<String> roles, Set<String> teams, String acr, Set<String> mandates) {
        this(subject, roles, teams, acr, mandates, null);
    }

    public Caller {
        Objects.requireNonNull(subject, "subject");
        roles = Collections.unmodifiableSortedSet(new TreeSet<>(roles));
        teams = Collections.unmodifiableSortedSet(new TreeSet<>(teams));
        mandates = Collections.unmodifiableSortedSet(new TreeSet<>(mandates));
    }

    /**
     * Builds a caller from raw token values. Roles outside {@link Role#ALL} are dropped; group paths such as
     * {@code /care-teams/diabetes-team} become their last segment.
     */
    public static Caller of(String subject, Collection<String> roles, Collection<String> groups, String acr,
            Collection<String> mandates) {
        Set<String> platformRoles = new TreeSet<>();
        for (String role : roles) {
            if (Role.ALL.contains(role)) {
                platformRoles.add(role);
            }
        }
        Set<String> teams = new TreeSet<>();
        for (String group : groups) {
            String team = group.substring(group.lastIndexOf('/') + 1).trim();
            if (!team.isEmpty()) {
                teams.add(team);
            }
        }
        return new Caller(subject, platformRoles, teams, acr == null || acr.isBlank() ? null : acr,
                new TreeSet<>(mandates));
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean inTeam(String team) {
        return team != null && teams.contains(team);
    }

    /** True when the token's {@code acr} is one of the accepted levels of assurance. */
    public boolean isStronglyAuthenticated(Collection<String> acceptedAcr) {
        return acr != null && acceptedAcr.contains(acr);
    }

    public boolean mayActFor(String otherSubject) {
        return subject.equals(otherSubject) || mandates.contains(otherSubject);
    }

    /**
     * The same person acting on behalf of another (a guardian for a child) under a mandate the identity provider
     * issued: access checks then use the represented subject, while {@link #actor()} stays the person at the keyboard.
     *
     * @throws IllegalArgumentException when the token carries no mandate for that subject
     */
    public Caller actingFor(String represented) {
        if (!mandates.contains(represented)) {
            throw new IllegalArgumentException("no mandate for that subject");
        }
        return new Caller(represented, roles, teams, acr, Set.of(), subject);
    }

    /** The person actually calling: the representative when acting on behalf of someone, else the subject. */
    public String actor() {
        return representative == null ? subject : representative;
    }
}

package fi.digipolku.support.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CallerTest {

    @Test
    void keepsOnlyPlatformRolesAndTurnsGroupPathsIntoTeams() {
        Caller caller = Caller.of("sub-1", List.of("professional", "offline_access", "default-roles-digipolku"),
                List.of("/care-teams/diabetes-team", "weight-team", " "), "substantial", List.of());

        assertThat(caller.roles()).containsExactly("professional");
        assertThat(caller.teams()).containsExactlyInAnyOrder("diabetes-team", "weight-team");
        assertThat(caller.inTeam("diabetes-team")).isTrue();
        assertThat(caller.inTeam("osteoporosis-team")).isFalse();
        assertThat(caller.inTeam(null)).isFalse();
    }

    @Test
    void strongAuthenticationNeedsAnAcceptedAcr() {
        Set<String> accepted = Set.of("substantial", "high");

        assertThat(Caller.of("a", List.of("client"), List.of(), "substantial", List.of())
                .isStronglyAuthenticated(accepted)).isTrue();
        assertThat(Caller.of("a", List.of("client"), List.of(), "low", List.of())
                .isStronglyAuthenticated(accepted)).isFalse();
        assertThat(Caller.of("a", List.of("client"), List.of(), null, List.of())
                .isStronglyAuthenticated(accepted)).isFalse();
        assertThat(Caller.of("a", List.of("client"), List.of(), " ", List.of()).acr()).isNull();
    }

    @Test
    void mayActForItselfAndForMandatedSubjectsOnly() {
        Caller guardian = Caller.of("guardian", List.of("client"), List.of(), "high", List.of("child"));

        assertThat(guardian.mayActFor("guardian")).isTrue();
        assertThat(guardian.mayActFor("child")).isTrue();
        assertThat(guardian.mayActFor("stranger")).isFalse();
    }

    @Test
    void aGuardianActsForTheChildTheMandateNames() {
        Caller guardian = Caller.of("parent", List.of("client"), List.of(), "high", List.of("child"));
        Caller onBehalf = guardian.actingFor("child");
        assertThat(onBehalf.subject()).isEqualTo("child");
        assertThat(onBehalf.actor()).isEqualTo("parent");
        assertThat(onBehalf.representative()).isEqualTo("parent");
        assertThat(onBehalf.mandates()).isEmpty();
        assertThat(guardian.actor()).isEqualTo("parent");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> guardian.actingFor("stranger"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(fi.digipolku.support.identity.OnBehalf.allowed(guardian, "child")).isTrue();
        assertThat(fi.digipolku.support.identity.OnBehalf.allowed(guardian, "stranger")).isFalse();
        assertThat(fi.digipolku.support.identity.OnBehalf.allowed(
                Caller.of("nurse", List.of("professional"), List.of(), null, List.of("child")), "child")).isFalse();
    }
}

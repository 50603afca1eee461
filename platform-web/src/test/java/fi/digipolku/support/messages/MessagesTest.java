package fi.digipolku.support.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import fi.digipolku.support.problem.FieldError;
import fi.digipolku.support.problem.Messages;
import fi.digipolku.support.problem.Problem;
import fi.digipolku.support.problem.ProblemException;
import fi.digipolku.support.problem.ProblemType;
import fi.digipolku.support.testing.MessageBundles;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

/** The platform's messages in Finnish, Swedish and English (a package of its own: it uses the shared bundle checks). */
class MessagesTest {

    @Test
    void everyKeyIsInEveryLanguage() {
        MessageBundles.assertComplete("platform");
    }

    @Test
    void theLibrarysCodeSpeaksInKeys() {
        MessageBundles.assertCodeUsesKeys(java.nio.file.Path.of("src/main/java"), "platform");
    }

    @Test
    void everyProblemTypeHasATitleInEveryLanguage() {
        for (Locale language : Messages.LANGUAGES) {
            for (ProblemType kind : ProblemType.values()) {
                Problem problem = Messages.localise(Problem.of(kind, null), language);
                assertThat(problem.title()).as("%s in %s", kind, language).isNotBlank().doesNotStartWith("problem.");
            }
        }
        assertThat(Messages.localise(Problem.of(ProblemType.NOT_FOUND, null), Messages.SWEDISH).title())
                .isEqualTo("Resursen finns inte");
    }

    @Test
    void theLanguageFollowsAcceptLanguageWithFinnishAsTheDefault() {
        assertThat(Messages.negotiate(null)).isEqualTo(Messages.FINNISH);
        assertThat(Messages.negotiate("sv-FI,sv;q=0.9,en;q=0.5")).isEqualTo(Messages.SWEDISH);
        assertThat(Messages.negotiate("en-GB")).isEqualTo(Messages.ENGLISH);
        assertThat(Messages.negotiate("fi;q=0.1, en;q=0.9")).isEqualTo(Messages.ENGLISH);
        assertThat(Messages.negotiate("de-DE, fr")).isEqualTo(Messages.FINNISH);
        assertThat(Messages.negotiate("*")).isEqualTo(Messages.FINNISH);
        assertThat(Messages.negotiate(";;q=x,,")).isEqualTo(Messages.FINNISH);
    }

    @Property
    void anyHeaderChoosesOneOfTheThreeLanguages(@ForAll @StringLength(max = 60) String header) {
        assertThat(Messages.LANGUAGES).contains(Messages.negotiate(header));
    }

    @Test
    void argumentsAndFieldsAreFilledIn() {
        Problem problem = ProblemException.invalid(List.of(new FieldError("page", "field.wrong-type"),
                new FieldError("size", "field.unknown"))).problem(Messages.FINNISH);

        assertThat(problem.detail()).isEqualTo("Virheellisiä kenttiä on 2: page, size.");
        assertThat(problem.errors()).extracting(FieldError::message).containsExactly("on väärää tyyppiä tai muotoa",
                "ei ole tunnettu kenttä");
        assertThat(ProblemException.tooManyRequests(java.time.Duration.ofSeconds(3)).problem(Messages.SWEDISH)
                .detail()).isEqualTo("För många begäranden; försök igen om 3 s.");
        assertThat(Messages.text(Messages.ENGLISH, "problem.status-415")).contains("request's");
    }

    @Test
    void aTextThatIsNoKeyPassesUnchanged() {
        assertThat(Messages.text(Messages.SWEDISH, "måste vara minst 1")).isEqualTo("måste vara minst 1");
        assertThat(Messages.text(Messages.SWEDISH, "no.such.key")).isEqualTo("no.such.key");
        assertThat(Messages.text(Messages.SWEDISH, null)).isNull();
    }
}

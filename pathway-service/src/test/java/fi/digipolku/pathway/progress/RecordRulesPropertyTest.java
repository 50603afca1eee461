package fi.digipolku.pathway.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fi.digipolku.support.problem.FieldError;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/**
 * The rules of what a record may carry, for any generated record: a text is refused exactly when it holds a control
 * character other than tab, line feed and carriage return, and the refusal names the field; a measurement's time lies
 * within the enrollment.
 */
class RecordRulesPropertyTest {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<Character> control = Arbitraries.chars().range('\u0000', '\u001f');
        Arbitrary<Character> plain = Arbitraries.oneOf(Arbitraries.chars().alpha(), Arbitraries.of('ä', 'ö', ' ',
                '\t', '\n', '\r', '€'), Arbitraries.chars().range('\u007f', '\u009f'));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(5, plain), net.jqwik.api.Tuple.of(1, control)).list()
                .ofMaxSize(12).map(chars -> {
                    StringBuilder text = new StringBuilder();
                    chars.forEach(text::append);
                    return text.toString();
                });
    }

    private static boolean control(String text) {
        return text != null && text.chars().anyMatch(c -> (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                || (c >= 0x7f && c <= 0x9f));
    }

    @Property(tries = 2000)
    void aTextIsRefusedExactlyWhenItHoldsAControlCharacterAndTheFieldIsNamed(@ForAll("texts") String text,
            @ForAll("texts") String unit, @ForAll("texts") String answer, @ForAll("texts") String listAnswer) {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("goals", answer);
        answers.put("choices", List.of("a", listAnswer));
        answers.put("count", 3);
        RecordRequest request = new RecordRequest(answers, Map.of("value", 70.0), unit, null, text);

        List<String> fields = RecordRules.controlCharacters(request).stream().map(FieldError::field).toList();

        assertThat(fields.contains("text")).isEqualTo(control(text));
        assertThat(fields.contains("unit")).isEqualTo(control(unit));
        assertThat(fields.contains("answers.goals")).isEqualTo(control(answer));
        assertThat(fields.contains("answers.choices")).isEqualTo(control(listAnswer));
        assertThat(fields).doesNotHaveDuplicates().allMatch(f -> List.of("text", "unit", "answers.goals",
                "answers.choices").contains(f));
    }

    @Property(tries = 2000)
    void aMeasuredAtIsAcceptedExactlyWithinTheEnrollment(
            @ForAll @LongRange(min = -31556889864403199L, max = 31556889864403199L) long seconds,
            @ForAll @LongRange(min = 0, max = 3650) long startIndex, @ForAll @LongRange(min = 0, max = 400) long age) {
        LocalDate startedOn = LocalDate.of(2024, 1, 1).plusDays(startIndex);
        Instant now = startedOn.atStartOfDay(HELSINKI).toInstant().plusSeconds(age * 86_400 + 3600);
        for (Instant measuredAt : List.of(Instant.ofEpochSecond(seconds), now.plusSeconds(seconds % 864_000))) {
            boolean within = !measuredAt.isBefore(startedOn.atStartOfDay(HELSINKI).toInstant())
                    && !measuredAt.isAfter(now.plus(RecordRules.CLOCK_SKEW));

            var error = RecordRules.measuredAt(measuredAt, now, startedOn, HELSINKI);

            assertThat(error.isEmpty()).isEqualTo(within);
            error.ifPresent(e -> assertThat(e.field()).isEqualTo("measuredAt"));
            if (within) {
                // a day the rest of the service can compute with
                assertThat(LocalDate.ofInstant(measuredAt, HELSINKI)).isBetween(startedOn, now.atZone(HELSINKI)
                        .toLocalDate().plusDays(1));
            }
        }
    }
}

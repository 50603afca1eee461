package fi.digipolku.metrics.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;

import fi.digipolku.metrics.intake.Contributions;
import fi.digipolku.metrics.testing.EventStreams;
import fi.digipolku.metrics.testing.ShareInvariant;
import fi.digipolku.support.testing.TestClock;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class SharesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Property
    void aShareOfASubsetIsWithinZeroAndOne(@ForAll @LongRange(max = 1_000_000) long whole,
            @ForAll @LongRange(max = 1_000_000) long part) {
        long subset = Math.min(part, whole);
        Double share = Shares.of(subset, whole);
        ShareInvariant.share("share", share);
        assertThat(share == null).isEqualTo(whole == 0);
    }

    @Property
    void aPartLargerThanItsWholeIsNeverPublished(@ForAll @LongRange(min = 0, max = 1_000) long whole,
            @ForAll @LongRange(min = 1, max = 1_000) long more) {
        assertThat(Shares.of(whole + more, whole)).isNull();
        assertThat(Shares.of(-more, whole)).isNull();
    }

    @Property
    void answersBeyondWhatIsDueDoNotRaiseTheResponseRateAboveOne(@ForAll @IntRange(max = 20) int answered,
            @ForAll @IntRange(max = 5) int due, @ForAll @IntRange(min = 1, max = 50) int enrollments) {
        long counted = enrollments * Shares.answeredOfDue(answered, due);
        ShareInvariant.share("questionnaireResponseRate", Shares.of(counted, (long) enrollments * due));
    }

    /** The daily counts any stream adds up to are never negative, and the counted shares are shares. */
    @Property(tries = 200)
    void dailyCountsFromAnyStreamMakeValidShares(@ForAll("streams") EventStreams.Stream stream) {
        Map<String, Long> counts = new HashMap<>();
        Set<String> applied = new HashSet<>();
        for (EventStreams.Event event : stream.events()) {
            if (applied.add(event.id())) {
                Contributions.of(event.type(), JSON.valueToTree(event.data()))
                        .forEach(c -> counts.merge(c.metric(), c.amount(), Long::sum));
            }
        }
        counts.forEach(ShareInvariant::count);
        long completed = counts.getOrDefault(Contributions.COMPLETED, 0L);
        long discontinued = counts.getOrDefault(Contributions.DISCONTINUED, 0L);
        long ended = completed + discontinued + counts.getOrDefault(Contributions.EXPIRED, 0L);
        ShareInvariant.share("completionRate", Shares.of(completed, ended));
        ShareInvariant.share("dropOutRate", Shares.of(discontinued, ended));
        ShareInvariant.share("withinPromiseShare", Shares.of(counts.getOrDefault(Contributions.WITHIN_PROMISE, 0L),
                counts.getOrDefault(Contributions.FIRST_RESPONSES, 0L)));
        assertThat(counts.getOrDefault(Contributions.MEASUREMENTS_ON_SCHEDULE, 0L))
                .isLessThanOrEqualTo(counts.getOrDefault(Contributions.MEASUREMENTS, 0L));
        assertThat(applied).hasSize(stream.facts());
    }

    @Provide
    Arbitrary<EventStreams.Stream> streams() {
        return EventStreams.streams(TestClock.DEFAULT_START);
    }

    @Property
    void roundingNeverLeavesTheInterval(@ForAll @IntRange(min = 1, max = 100_000) int whole) {
        assertThat(Shares.of(whole, whole)).isEqualTo(1.0);
        assertThat(Shares.of(0, whole)).isEqualTo(0.0);
        assertThat(Shares.of(whole - 1, whole)).isBetween(0.0, 1.0);
    }

}

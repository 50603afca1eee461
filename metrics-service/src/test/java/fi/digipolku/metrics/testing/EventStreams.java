package fi.digipolku.metrics.testing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import fi.digipolku.metrics.intake.EventIntake;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Generated event streams of one team, as the platform may deliver them: in any order, with redeliveries (the same
 * event id again), events of enrollments whose start was never seen, many measurements a day, enrollments that end
 * early, and a pathway whose later version switches its measurements and some questionnaires off.
 */
public final class EventStreams {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    private static final List<String> ENDINGS = List.of("enrollment.completed", "enrollment.discontinued",
            "enrollment.expired");

    /** One event as a channel receives it. */
    public record Event(String channel, String id, String type, String subject, Map<String, Object> data,
            Instant at) {
    }

    /** A stream of one team: its events in delivery order, and how many distinct facts they make. */
    public record Stream(String team, List<String> definitions, List<Event> events, int facts, LocalDate firstDay) {

        @Override
        public String toString() {
            return "Stream[" + team + ", " + events.size() + " events, " + facts + " facts]";
        }
    }

    private EventStreams() {
    }

    /** Streams whose events happened in the 60 days up to {@code now}. */
    public static Arbitrary<Stream> streams(Instant now) {
        return Arbitraries.randomValue(random -> generate(random, now));
    }

    private static Stream generate(Random random, Instant now) {
        String team = "team-" + UUID.randomUUID();
        List<Event> events = new ArrayList<>();
        List<String> definitions = new ArrayList<>();
        LocalDate today = LocalDate.ofInstant(now, HELSINKI);
        LocalDate firstDay = today;
        int pathways = 1 + random.nextInt(2);
        for (int p = 0; p < pathways; p++) {
            String definition = UUID.randomUUID().toString();
            definitions.add(definition);
            int measurements = random.nextInt(3);
            int questionnaires = random.nextInt(4);
            events.add(pathway(definition, 1, team, measurements, questionnaires, now.minus(Duration.ofDays(61))));
            if (random.nextBoolean()) {
                events.add(pathway(definition, 2, team, 0, random.nextInt(questionnaires + 1),
                        now.minus(Duration.ofDays(random.nextInt(30)))));
            }
            int enrollments = random.nextInt(9);
            for (int e = 0; e < enrollments; e++) {
                String enrollment = UUID.randomUUID().toString();
                LocalDate start = today.minusDays(random.nextInt(60));
                firstDay = start.isBefore(firstDay) ? start : firstDay;
                boolean unknown = random.nextInt(5) == 0;
                if (!unknown) {
                    events.add(enrollmentEvent("enrollment.started", enrollment, definition, team, start, start));
                }
                LocalDate end = null;
                if (random.nextInt(3) > 0) {
                    end = start
                            .plusDays(random.nextInt(Math.max(1, (int) (today.toEpochDay() - start.toEpochDay()) + 1)));
                    events.add(
                            enrollmentEvent(ENDINGS.get(random.nextInt(3)), enrollment, definition, team, start, end));
                }
                LocalDate last = end == null ? today : end;
                int measuredDays = random.nextInt(4);
                for (int d = 0; d < measuredDays; d++) {
                    LocalDate day = start.plusDays(random.nextInt((int) (last.toEpochDay() - start.toEpochDay()) + 1));
                    for (int m = 1 + random.nextInt(4); m > 0; m--) {
                        Map<String, Object> data = facts(enrollment, definition, team);
                        data.put("moduleKey", "weight");
                        data.put("onSchedule", random.nextBoolean());
                        events.add(new Event(EventIntake.PATHWAY_EVENTS, UUID.randomUUID().toString(),
                                "measurement.recorded", enrollment, data, at(day, random)));
                    }
                }
                for (int q = random.nextInt(6); q > 0; q--) {
                    Map<String, Object> data = facts(enrollment, definition, team);
                    data.put("moduleKey", "q" + random.nextInt(5));
                    data.put("purpose", random.nextBoolean() ? "START" : "END");
                    data.put("score", random.nextInt(30));
                    events.add(new Event(EventIntake.PATHWAY_EVENTS, UUID.randomUUID().toString(),
                            "questionnaire.submitted", enrollment, data, at(last, random)));
                }
            }
            for (int t = random.nextInt(5); t > 0; t--) {
                String thread = UUID.randomUUID().toString();
                Instant at = at(today.minusDays(random.nextInt(60)), random);
                Map<String, Object> sent = messaging(thread, definition, team);
                sent.put("senderRole", random.nextBoolean() ? "client" : "professional");
                sent.put("startedClock", random.nextBoolean());
                events.add(new Event(EventIntake.MESSAGING_EVENTS, UUID.randomUUID().toString(), "message.sent",
                        thread, sent, at));
                Map<String, Object> first = messaging(thread, definition, team);
                first.put("seconds", random.nextInt(500_000));
                first.put("withinPromise", random.nextBoolean());
                events.add(new Event(EventIntake.MESSAGING_EVENTS, UUID.randomUUID().toString(),
                        "thread.first-response", thread, first, at.plusSeconds(60)));
                if (random.nextInt(3) == 0) {
                    events.add(new Event(EventIntake.MESSAGING_EVENTS, UUID.randomUUID().toString(),
                            "promise.breached", thread, messaging(thread, definition, team), at.plusSeconds(120)));
                }
            }
        }
        int facts = events.size();
        for (int r = random.nextInt(events.size() / 3 + 1); r > 0; r--) {
            events.add(events.get(random.nextInt(facts)));
        }
        Collections.shuffle(events, random);
        return new Stream(team, List.copyOf(definitions), List.copyOf(events), facts, firstDay);
    }

    private static Instant at(LocalDate day, Random random) {
        return day.atStartOfDay(HELSINKI).plusMinutes(random.nextInt(24 * 60)).toInstant();
    }

    private static Event pathway(String definition, int version, String team, int measurements, int questionnaires,
            Instant at) {
        return new Event(EventIntake.PATHWAY_EVENTS, UUID.randomUUID().toString(), "definition.published", definition,
                new HashMap<>(Map.of("definitionId", definition, "version", version, "name", "Polku " + definition,
                        "kind", "PROFESSIONAL", "careTeam", team, "measurementModules", measurements,
                        "questionnaireModules", questionnaires)),
                at);
    }

    private static Event enrollmentEvent(String type, String enrollment, String definition, String team,
            LocalDate start, LocalDate day) {
        Map<String, Object> data = facts(enrollment, definition, team);
        data.put("startedOn", start.toString());
        data.put("endedOn", day.toString());
        return new Event(EventIntake.PATHWAY_EVENTS, UUID.randomUUID().toString(), type, enrollment, data,
                day.atTime(12, 0).atZone(HELSINKI).toInstant());
    }

    private static Map<String, Object> facts(String enrollment, String definition, String team) {
        Map<String, Object> data = new HashMap<>();
        data.put("enrollmentId", enrollment);
        data.put("definitionId", definition);
        data.put("careTeam", team);
        data.put("clientId", "client-" + enrollment);
        return data;
    }

    private static Map<String, Object> messaging(String thread, String definition, String team) {
        return new HashMap<>(Map.of("threadId", thread, "definitionId", definition, "team", team));
    }
}

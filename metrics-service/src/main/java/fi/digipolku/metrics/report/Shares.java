package fi.digipolku.metrics.report;

import org.jboss.logging.Logger;

/**
 * Every share the service publishes (report JSON and CSV, Prometheus gauges), defined once. A share is a part of a
 * whole where the part is a subset of the whole, so it lies in [0, 1]; it is null when the whole is empty.
 * <ul>
 * <li><b>completionRate</b>: of the enrollments that ended in the period, those that ended completed.</li>
 * <li><b>dropOutRate</b>: of the enrollments that ended in the period, those that were discontinued.</li>
 * <li><b>withinPromiseShare</b>: of the first responses in the period, those given within the service promise.</li>
 * <li><b>measurementAdherence</b>: of the enrollments active at some time in the period (started on or before its
 * last day, not ended before its first day), those with at least one on-schedule measurement in the period. Many
 * measurements of one enrollment count once; measurements of enrollments the service never saw start count in
 * neither part nor whole.</li>
 * <li><b>questionnaireResponseRate</b>: of the questionnaires due from the enrollments that ended in the period (each
 * enrollment owes the pathway's questionnaires), those answered; an enrollment's answers count once per
 * questionnaire and at most up to what it owes ({@link #answeredOfDue}).</li>
 * </ul>
 * Not shares, and so not bounded by 1: contacts per active client (a mean) and PROM change.
 */
public final class Shares {

    private static final Logger LOG = Logger.getLogger(Shares.class);

    private Shares() {
    }

    /**
     * The share {@code part / whole}, to three decimals; null when the whole is empty. A part outside [0, whole] means a
     * definition is broken: nothing is published for it (null, and a warning with the figures), rather than a share
     * that is not one or an error for the reader.
     */
    public static Double of(long part, long whole) {
        if (part < 0 || part > whole) {
            LOG.warnf("A share's part is not a subset of its whole (%d of %d); the share is not published", part,
                    whole);
            return null;
        }
        return whole == 0 ? null : Math.round(1000.0 * part / whole) / 1000.0;
    }

    /**
     * How many of an enrollment's due questionnaires count as answered: its distinct answered questionnaires, at most
     * as many as are due (answers to questionnaires of an earlier version, or answered again, add nothing more).
     */
    public static long answeredOfDue(long distinctAnswered, long due) {
        return Math.max(0, Math.min(distinctAnswered, due));
    }
}

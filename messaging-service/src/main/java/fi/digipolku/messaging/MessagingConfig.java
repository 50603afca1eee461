package fi.digipolku.messaging;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import fi.digipolku.messaging.promise.PromiseUnit;

/** Settings of messaging-service. */
@ConfigMapping(prefix = "digipolku.messaging")
public interface MessagingConfig {

    /** Longest message body, in characters. */
    @WithDefault("4000")
    int maxBodyLength();

    /** Attachments a message may carry. */
    Attachments attachments();

    /** The promise and hours of a team that an admin has not configured yet. */
    Defaults defaults();

    /**
     * How often waiting threads are checked against their due time, as the scheduler reads it (e.g. {@code 30s}, or
     * {@code off}); used by {@code InboxJobs}.
     */
    @WithDefault("30s")
    String promiseWatchInterval();

    /**
     * How often an idle alert stream gets a comment line so that proxies keep it open; used by {@code AlertHub}. It
     * must be shorter than the gateway's request timeout (10 s), which also ends a stream that stays silent.
     */
    @WithDefault("5s")
    String alertHeartbeat();

    interface Attachments {

        /** Most files on one message. */
        @WithDefault("3")
        int maxCount();

        /** Largest file, in bytes. */
        @WithDefault("5242880")
        int maxBytes();

        /** Content types accepted, as detected from the bytes. */
        @WithDefault("image/jpeg,image/png,image/heic,application/pdf")
        Set<String> allowedTypes();
    }

    interface Defaults {

        /** Promised reply time, in {@link #promiseUnit()}s. */
        @WithDefault("2")
        int promiseAmount();

        @WithDefault("WORKING_DAYS")
        PromiseUnit promiseUnit();

        @WithDefault("08:00")
        LocalTime workStart();

        @WithDefault("16:00")
        LocalTime workEnd();

        @WithDefault("Europe/Helsinki")
        ZoneId zone();

        /** Days on which new contacts are taken. */
        @WithDefault("MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY")
        Set<DayOfWeek> openingDays();

        @WithDefault("08:00")
        LocalTime opens();

        @WithDefault("16:00")
        LocalTime closes();
    }
}

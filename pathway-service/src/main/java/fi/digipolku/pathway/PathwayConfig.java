package fi.digipolku.pathway;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of pathway-service. */
@ConfigMapping(prefix = "digipolku.pathway")
public interface PathwayConfig {

    /** The time zone whose calendar days make the pathway timelines. */
    @WithDefault("Europe/Helsinki")
    ZoneId zone();

    /** Days after a due date within which a measurement still counts as on schedule. */
    @WithDefault("2")
    int measurementGraceDays();

    /**
     * AES-256 key (base64 of 32 bytes) that encrypts clients' identity codes and webhook secrets at rest. Required:
     * only the dev and test profiles have a default, so a production start without it fails.
     */
    String identityKey();

    /**
     * HMAC-SHA-256 key (base64, at least 32 bytes) for the searchable digest of identity codes; when absent it is
     * derived from {@link #identityKey()}.
     */
    Optional<String> identityHmacKey();

    /** The public base of the FHIR API (through the gateway): canonical URLs and paging links start with it. */
    @WithDefault("http://localhost:8080/fhir/r4")
    String fhirBaseUrl();

    /** Hard maximum of {@code _count} in a FHIR search. */
    @WithDefault("100")
    int fhirMaxCount();

    /** {@code _count} of a FHIR search that gives none. */
    @WithDefault("20")
    int fhirDefaultCount();

    /** How often the webhook delivery job runs ({@code off} disables it, as in tests, which call it themselves). */
    @WithDefault("10s")
    String webhookInterval();

    /** Attempts of a webhook notification before it is parked for the integrator to replay. */
    @WithDefault("8")
    int webhookMaxAttempts();

    /** Wait after the first failed webhook attempt; it doubles after each further failure. */
    @WithDefault("30s")
    Duration webhookInitialBackoff();

    /** Longest wait between two webhook attempts. */
    @WithDefault("1h")
    Duration webhookMaxBackoff();

    /** How long one webhook POST may take. */
    @WithDefault("10s")
    Duration webhookTimeout();

    /** Whether webhook URLs may be plain {@code http://localhost}; only for development and tests. */
    @WithDefault("false")
    boolean webhookAllowHttpLocalhost();
}

package fi.digipolku.support.idempotency;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long an Idempotency-Key is remembered. */
@ConfigMapping(prefix = "digipolku.idempotency")
public interface IdempotencyConfig {

    /**
     * How long a retry with the same key gets what the first try made (and a key used for another request is refused);
     * after this the key is forgotten and may be used again. The OpenAPI documents state it as 24 hours.
     */
    @WithDefault("24h")
    Duration keptFor();
}

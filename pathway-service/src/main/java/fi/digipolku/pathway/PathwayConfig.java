package fi.digipolku.pathway;

import java.time.ZoneId;

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
}

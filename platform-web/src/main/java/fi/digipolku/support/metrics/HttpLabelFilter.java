package fi.digipolku.support.metrics;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;

/**
 * Applies {@link HttpLabels} to every HTTP server meter, for what Quarkus' own settings
 * ({@code quarkus.micrometer.binder.http-server.*}, see the shared configuration) and the route hook in
 * {@code HttpRoutes} do not cover: made-up methods, and requests reset before an answer.
 */
public class HttpLabelFilter {

    @Produces
    @Singleton
    MeterFilter boundedHttpLabels() {
        return new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                if (!id.getName().startsWith("http.server.")) {
                    return id;
                }
                String status = id.getTag("status");
                List<Tag> tags = new ArrayList<>();
                for (Tag tag : id.getTagsAsIterable()) {
                    tags.add(switch (tag.getKey()) {
                        case "method" -> Tag.of("method", HttpLabels.method(tag.getValue()));
                        case "uri" -> Tag.of("uri", HttpLabels.uri(tag.getValue(), status));
                        default -> tag;
                    });
                }
                return id.replaceTags(tags);
            }
        };
    }
}

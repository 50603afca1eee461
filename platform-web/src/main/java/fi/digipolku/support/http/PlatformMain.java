package fi.digipolku.support.http;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts every Digipolku application (the gateway and the services). Quarkus answers a request whose target is not a
 * valid {@code java.net.URI} (a FHIR search's raw {@code |}, as many clients send it, or a raw {@code {}) with an empty
 * 400 before any route; its only switch is this system property, read once when Quarkus' HTTP layer loads. With it
 * off, {@link HttpRoutes} percent-encodes such characters and the request is served (or refused with a problem, under
 * {@code /fhir} an OperationOutcome). Service tests set the same property in the parent pom's Surefire configuration.
 */
@QuarkusMain
public final class PlatformMain {

    private PlatformMain() {
    }

    public static void main(String... args) {
        System.setProperty("vertx.disableURIValidation", "true");
        Quarkus.run(args);
    }
}

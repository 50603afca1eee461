package fi.digipolku.messaging;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import fi.digipolku.support.testing.PlatformEndpointsContract;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class PlatformEndpointsTest extends PlatformEndpointsContract {
}

package fi.digipolku.support.identity;

import java.util.Set;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Security settings shared by the gateway and the services. */
@ConfigMapping(prefix = "digipolku.security")
public interface SecurityConfig {

    /** Authentication context classes ({@code acr}) a client's token must carry: strong authentication only. */
    @WithDefault("substantial,high")
    Set<String> clientAcr();

    /** The header in which a client names the person they act for under a mandate (a guardian for a child). */
    @WithDefault("Digipolku-On-Behalf-Of")
    String onBehalfHeader();
}

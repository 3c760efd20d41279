package io.juesuan.accounts.layout;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Loads the shipped layout profiles at start: on a fresh database as version 1 of their key, and later only a file a
 * new release changed, as the next version, while no region has loaded its own over it.
 */
@ApplicationScoped
class ProfileSeeds {

    private static final Logger LOG = Logger.getLogger(ProfileSeeds.class);

    void onStart(@Observes StartupEvent start, ProfileStore store) {
        for (String file : ShippedProfiles.files()) {
            String text = ShippedProfiles.text(file);
            ProfileDefinition definition = ProfileFile.read(text);
            if (store.seed(definition, text, ShippedProfiles.DIRECTORY + file)) {
                LOG.infof("loaded the shipped layout profile %s", definition.key());
            }
        }
    }
}

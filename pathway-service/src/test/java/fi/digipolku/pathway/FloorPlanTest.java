package fi.digipolku.pathway;

import org.junit.jupiter.api.Test;

import fi.digipolku.support.testing.FloorPlan;

/** Roles have the same names as in every service; rules stay pure (see the root README, Development). */
class FloorPlanTest {

    @Test
    void theServiceFollowsTheFloorPlan() {
        FloorPlan.check("fi.digipolku.pathway");
    }
}

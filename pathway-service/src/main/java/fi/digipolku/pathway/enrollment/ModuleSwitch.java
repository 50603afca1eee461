package fi.digipolku.pathway.enrollment;

import jakarta.validation.constraints.NotNull;

/** Switches one module on or off for one client. */
public record ModuleSwitch(@NotNull Boolean enabled) {
}

package fi.digipolku.pathway.enrollment;

import jakarta.validation.constraints.Size;

/** Why an enrollment ends; a professional who discontinues must say why. */
public record EndRequest(@Size(max = 1000) String reason) {
}

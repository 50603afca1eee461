package fi.digipolku.messaging.team;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonFormat;

import fi.digipolku.messaging.promise.PromiseUnit;
import fi.digipolku.support.http.Identifiers;

/** An admin's settings for one care team. */
public record TeamRequest(@NotNull @Valid Promise promise, @NotNull @Valid Hours workingHours,
        @NotNull @Valid Opening openingHours,
        @Size(max = 64) @Pattern(regexp = Identifiers.TEAM, message = Identifiers.TEAM_MESSAGE) String escalationTeam) {

    /** Times of day are written as hours and minutes, e.g. 08:00. */
    static final String HH_MM = "HH:mm";

    /** The service promise: a reply within so many working hours or days. */
    public record Promise(@NotNull @Min(1) @Max(240) Integer amount, @NotNull PromiseUnit unit) {
    }

    /** Working hours on working days, in a time zone's wall-clock time. */
    public record Hours(@NotNull @JsonFormat(pattern = HH_MM) LocalTime start,
            @NotNull @JsonFormat(pattern = HH_MM) LocalTime end, @NotBlank @Size(max = 64) String zone) {
    }

    /** When new contacts are taken; public holidays are always closed. */
    public record Opening(@NotEmpty Set<@NotNull DayOfWeek> days, @NotNull @JsonFormat(pattern = HH_MM) LocalTime opens,
            @NotNull @JsonFormat(pattern = HH_MM) LocalTime closes) {
    }
}

package fi.digipolku.pathway.content;

import jakarta.validation.constraints.NotNull;

/** A diary module: what it records and whether the team may read it. */
public record DiarySpec(@NotNull DiaryKind kind, @NotNull DiaryVisibility visibility) {

    public enum DiaryKind {
        FOOD, EXERCISE, FREE
    }

    /** PRIVATE entries never reach a professional. */
    public enum DiaryVisibility {
        PRIVATE, SHARED_WITH_TEAM
    }
}

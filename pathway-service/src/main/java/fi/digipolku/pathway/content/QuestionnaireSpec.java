package fi.digipolku.pathway.content;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/** The items of a questionnaire or risk test and the bands that interpret its score. */
public record QuestionnaireSpec(
        QuestionnairePurpose purpose,
        @Size(max = 100) List<@Valid QuestionnaireItem> items,
        @Size(max = 10) List<@Valid Band> bands) {

    public QuestionnaireSpec {
        items = items == null ? List.of() : List.copyOf(items);
        bands = bands == null ? List.of() : List.copyOf(bands);
    }
}

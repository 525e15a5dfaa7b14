package dev.journeymaps.domain.work;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class StatusCategoryTest {

    @ParameterizedTest
    @CsvSource({"new, TO_DO", "indeterminate, IN_PROGRESS", "done, DONE", "undefined, UNKNOWN", "something-new, UNKNOWN"})
    void jiraStatusCategoryKeysMapToOurCategories(String key, StatusCategory expected) {
        assertThat(StatusCategory.fromJiraKey(key)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void aMissingCategoryIsUnknown() {
        assertThat(StatusCategory.fromJiraKey(null)).isEqualTo(StatusCategory.UNKNOWN);
    }
}

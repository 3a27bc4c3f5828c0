package vn.tinhso.workflow.bpmn;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tinhso.catalog.ProcessingStep;

/** How catalogue steps become the segments of a process. */
class ProcessGeneratorTest {

    @Test
    void gathersTheStepsOfAParallelGroupWhereTheGroupFirstAppears() {
        List<ProcessingStep> steps = List.of(step(3, null), step(1, null), step(2, "Y_KIEN"), step(5, "Y_KIEN"),
                step(4, null));

        var segments = ProcessGenerator.segments(steps);

        assertThat(segments).extracting(segment -> segment.stream().map(ProcessingStep::order).toList())
                .containsExactly(List.of(1), List.of(2, 5), List.of(3), List.of(4));
    }

    @Test
    void aProcedureWithoutStepsGetsOneDefaultStep() {
        assertThat(ProcessGenerator.segments(List.of())).containsExactly(List.of(ProcessGenerator.DEFAULT_STEP));
        assertThat(ProcessGenerator.DEFAULT_STEP.name()).isEqualTo("Xử lý hồ sơ");
    }

    @Test
    void processKeysReplaceDotsAndCarryTheVersion() {
        assertThat(ProcessKeys.generated("1.001193", 2)).isEqualTo("proc_1_001193_v2");
        assertThat(ProcessKeys.own("STG-DD-001")).isEqualTo("proc_STG-DD-001");
    }

    private static ProcessingStep step(int order, String group) {
        return new ProcessingStep(order, "Bước " + order, "UNIT", BigDecimal.ONE, false, group, null);
    }
}

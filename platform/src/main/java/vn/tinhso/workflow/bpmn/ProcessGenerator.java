package vn.tinhso.workflow.bpmn;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.EndEvent;
import org.flowable.bpmn.model.ExclusiveGateway;
import org.flowable.bpmn.model.ExtensionAttribute;
import org.flowable.bpmn.model.FlowNode;
import org.flowable.bpmn.model.ParallelGateway;
import org.flowable.bpmn.model.Process;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.bpmn.model.StartEvent;
import org.flowable.bpmn.model.UserTask;
import vn.tinhso.catalog.Procedure;
import vn.tinhso.catalog.ProcessingStep;

/**
 * Builds the BPMN process of a procedure version from its processing steps (quy trình nội bộ): start, one user task
 * per step in order, the steps of a parallel group between a parallel split and join, and after the leader's
 * approval step an exclusive gateway that sends the dossier back to the step before when the leader decides
 * {@code RETURN}. Each task is offered to its unit type and due after its working days on the calendar.
 */
public final class ProcessGenerator {

    /** The unit type of the leader's step, as the catalogue names it. */
    static final String LEADER = "LEADER";
    /** A procedure without steps is handled in one step by the receiving agency's specialists. */
    static final ProcessingStep DEFAULT_STEP = new ProcessingStep(1, "Xử lý hồ sơ", "PROCESSING_UNIT", null, false,
            null, "Quy trình mặc định khi thủ tục chưa khai báo các bước xử lý");
    private static final int MAX_NAME = 255;

    private ProcessGenerator() {
    }

    public static BpmnModel generate(Procedure procedure) {
        String key = ProcessKeys.generated(procedure.code().value(), procedure.version());
        Process process = new Process();
        process.setId(key);
        process.setName(truncate(procedure.code().value() + " v" + procedure.version() + " — " + procedure.name()));
        process.setExecutable(true);
        BpmnModel model = new BpmnModel();
        model.addProcess(process);
        model.setTargetNamespace(StepMarkers.NAMESPACE);
        model.addNamespace(StepMarkers.PREFIX, StepMarkers.NAMESPACE);
        Layout layout = new Layout();
        new Builder(process, layout).build(segments(procedure.definition().steps()));
        layout.applyTo(model);
        return model;
    }

    /** Steps in order, those of one parallel group gathered where the group first appears. */
    static List<List<ProcessingStep>> segments(List<ProcessingStep> steps) {
        if (steps == null || steps.isEmpty()) {
            return List.of(List.of(DEFAULT_STEP));
        }
        Map<String, List<ProcessingStep>> segments = new LinkedHashMap<>();
        steps.stream().sorted(Comparator.comparingInt(ProcessingStep::order)).forEach(step -> segments
                .computeIfAbsent(step.parallelGroup() == null ? "#" + step.order() : "group:" + step.parallelGroup(),
                        any -> new ArrayList<>())
                .add(step));
        return List.copyOf(segments.values());
    }

    static String truncate(String text) {
        return text.length() <= MAX_NAME ? text : text.substring(0, MAX_NAME - 1) + "…";
    }

    /** Wires the segments one after the other. */
    private static final class Builder {

        private final Process process;
        private final Layout layout;
        private int flows;

        Builder(Process process, Layout layout) {
            this.process = process;
            this.layout = layout;
        }

        void build(List<List<ProcessingStep>> segments) {
            StartEvent start = layout.next(add(new StartEvent(), "start", "Tiếp nhận hồ sơ"));
            FlowNode previousEntry = null;
            FlowNode tail = start;
            int approval = approvalIndex(segments);
            for (int i = 0; i < segments.size(); i++) {
                FlowNode[] ends = segment(segments.get(i), i == approval);
                follow(tail, ends[0]);
                tail = ends[1];
                if (i == approval) {
                    tail = decision(ends[1], previousEntry);
                }
                previousEntry = ends[0];
            }
            follow(tail, layout.next(add(new EndEvent(), "end", "Có kết quả")));
        }

        /** The normal way on; out of the approval gateway it is the default flow (approved). */
        private void follow(FlowNode tail, FlowNode next) {
            SequenceFlow flow = connect(tail, next);
            if (tail instanceof ExclusiveGateway gateway) {
                gateway.setDefaultFlow(flow.getId());
                flow.setName("Đồng ý");
            }
        }

        /** The last single step of the leader's unit type, if any. */
        private static int approvalIndex(List<List<ProcessingStep>> segments) {
            for (int i = segments.size() - 1; i >= 0; i--) {
                List<ProcessingStep> segment = segments.get(i);
                if (segment.size() == 1 && segment.getFirst().parallelGroup() == null
                        && LEADER.equals(segment.getFirst().unitType())) {
                    return i;
                }
            }
            return -1;
        }

        /** First and last node of a segment: a task, or a split, the tasks and the join. */
        private FlowNode[] segment(List<ProcessingStep> steps, boolean approval) {
            ProcessingStep first = steps.getFirst();
            if (first.parallelGroup() == null) {
                UserTask task = layout.next(task(first, approval));
                return new FlowNode[] {task, task};
            }
            String group = first.parallelGroup();
            ParallelGateway split = layout.next(add(new ParallelGateway(), "split_" + xmlId(group),
                    "Song song: " + group));
            List<FlowNode> branch = new ArrayList<>();
            steps.forEach(step -> {
                UserTask task = task(step, false);
                connect(split, task);
                branch.add(task);
            });
            layout.side(branch);
            ParallelGateway join = layout.next(add(new ParallelGateway(), "join_" + xmlId(group),
                    "Hợp nhất: " + group));
            branch.forEach(task -> connect(task, join));
            return new FlowNode[] {split, join};
        }

        /** After approval: RETURN goes back to the step before, anything else moves on. */
        private FlowNode decision(FlowNode approvalTask, FlowNode returnTarget) {
            if (returnTarget == null) {
                return approvalTask;
            }
            ExclusiveGateway gateway = layout.next(add(new ExclusiveGateway(), "approval_decision",
                    "Lãnh đạo quyết định"));
            connect(approvalTask, gateway);
            SequenceFlow back = connect(gateway, returnTarget);
            back.setName("Trả lại");
            back.setConditionExpression("${" + StepMarkers.DECISION + " == 'RETURN'}");
            layout.back(back);
            return gateway;
        }

        private UserTask task(ProcessingStep step, boolean approval) {
            UserTask task = add(new UserTask(), StepMarkers.STEP_PREFIX + step.order(), truncate(step.name()));
            task.setCandidateGroups(List.of(step.unitType()));
            task.setCategory(approval ? StepMarkers.APPROVAL
                    : step.interAgency() ? StepMarkers.INTER_AGENCY : StepMarkers.INTERNAL);
            task.setDueDate(dueDate(step.workingDays()));
            if (step.description() != null) {
                task.setDocumentation(step.description());
            }
            if (step.excludedPeriod() != null) {
                task.addAttribute(attribute(StepMarkers.EXCLUDED_PERIOD, step.excludedPeriod()));
            }
            if (step.paymentProofRequired()) {
                task.addAttribute(attribute(StepMarkers.PAYMENT_PROOF, "true"));
            }
            // No timer per step: StepEscalations scans for steps past their due date.
            return task;
        }

        private static ExtensionAttribute attribute(String name, String value) {
            ExtensionAttribute attribute = new ExtensionAttribute();
            attribute.setNamespace(StepMarkers.NAMESPACE);
            attribute.setName(name);
            attribute.setNamespacePrefix(StepMarkers.PREFIX);
            attribute.setValue(value);
            return attribute;
        }

        /** Evaluated when the task is created, by the {@code stepDeadlines} bean on the working-day calendar. */
        private static String dueDate(BigDecimal workingDays) {
            return workingDays == null ? "${" + StepMarkers.DOSSIER_DUE_AT + "}"
                    : "${stepDeadlines.dueIn('" + workingDays.stripTrailingZeros().toPlainString() + "')}";
        }

        private <T extends org.flowable.bpmn.model.FlowElement> T add(T element, String id, String name) {
            element.setId(id);
            element.setName(name);
            process.addFlowElement(element);
            return element;
        }

        private SequenceFlow connect(FlowNode from, FlowNode to) {
            SequenceFlow flow = new SequenceFlow(from.getId(), to.getId());
            flow.setId("flow_" + ++flows);
            // Kept on both ends as the XML parser does, so the model can be walked before it is deployed.
            flow.setSourceFlowElement(from);
            flow.setTargetFlowElement(to);
            from.getOutgoingFlows().add(flow);
            to.getIncomingFlows().add(flow);
            process.addFlowElement(flow);
            layout.flow(flow);
            return flow;
        }

        private static String xmlId(String text) {
            return text.replaceAll("[^A-Za-z0-9_\\-]", "_");
        }
    }
}

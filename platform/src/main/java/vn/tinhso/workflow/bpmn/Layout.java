package vn.tinhso.workflow.bpmn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.FlowNode;
import org.flowable.bpmn.model.Gateway;
import org.flowable.bpmn.model.GraphicInfo;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.bpmn.model.UserTask;

/**
 * Diagram positions (BPMN DI) for a generated process, left to right, the tasks of a parallel group stacked. Our own
 * because flowable-bpmn-layout is not published for Flowable 8; the generated shapes are simple enough for a grid.
 */
final class Layout {

    private static final int COLUMN = 160;
    private static final int ROW = 110;
    private static final int TOP = 60;

    private final Map<String, int[]> cells = new HashMap<>();
    private final Map<String, FlowNode> nodes = new HashMap<>();
    private final List<SequenceFlow> flows = new ArrayList<>();
    private final List<String> backFlows = new ArrayList<>();
    private int column;
    private int rows = 1;

    /** Places a node in the next column. */
    <T extends FlowNode> T next(T node) {
        place(node, column++, 0);
        return node;
    }

    /** Places the branches of a parallel group in one column, one row each. */
    void side(List<FlowNode> branch) {
        for (int row = 0; row < branch.size(); row++) {
            place(branch.get(row), column, row);
        }
        rows = Math.max(rows, branch.size());
        column++;
    }

    void flow(SequenceFlow flow) {
        flows.add(flow);
    }

    /** A flow going back (the leader's return), drawn under the row of shapes. */
    void back(SequenceFlow flow) {
        backFlows.add(flow.getId());
    }

    void applyTo(BpmnModel model) {
        nodes.forEach((id, node) -> model.addGraphicInfo(id, shape(node)));
        int bottom = TOP + rows * ROW;
        for (SequenceFlow flow : flows) {
            GraphicInfo from = model.getGraphicInfo(flow.getSourceRef());
            GraphicInfo to = model.getGraphicInfo(flow.getTargetRef());
            List<GraphicInfo> points = backFlows.contains(flow.getId())
                    ? List.of(point(centreX(from), from.getY() + from.getHeight()), point(centreX(from), bottom),
                            point(centreX(to), bottom), point(centreX(to), to.getY() + to.getHeight()))
                    : List.of(point(from.getX() + from.getWidth(), centreY(from)), point(to.getX(), centreY(to)));
            model.addFlowGraphicInfoList(flow.getId(), points);
        }
    }

    private void place(FlowNode node, int x, int y) {
        cells.put(node.getId(), new int[] {x, y});
        nodes.put(node.getId(), node);
    }

    private GraphicInfo shape(FlowNode node) {
        int[] cell = cells.get(node.getId());
        double width = node instanceof UserTask ? 120 : node instanceof Gateway ? 40 : 36;
        double height = node instanceof UserTask ? 80 : width;
        GraphicInfo info = new GraphicInfo();
        info.setX(20 + cell[0] * COLUMN + (120 - width) / 2);
        info.setY(TOP + cell[1] * ROW + (80 - height) / 2);
        info.setWidth(width);
        info.setHeight(height);
        return info;
    }

    private static double centreX(GraphicInfo info) {
        return info.getX() + info.getWidth() / 2;
    }

    private static double centreY(GraphicInfo info) {
        return info.getY() + info.getHeight() / 2;
    }

    private static GraphicInfo point(double x, double y) {
        GraphicInfo info = new GraphicInfo();
        info.setX(x);
        info.setY(y);
        return info;
    }
}

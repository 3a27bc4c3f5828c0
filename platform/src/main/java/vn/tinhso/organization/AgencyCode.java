package vn.tinhso.organization;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Mã định danh cơ quan, đơn vị under QCVN 102:2016/BTTTT: {@code V1V2V3.Z1Z2.Y1Y2.MX1X2}, e.g. {@code 000.00.15.H55}.
 *
 * <p>The right-most group names the level-1 unit (a letter and two digits: H = UBND tỉnh); the groups to its left
 * name level 2 (sở, UBND huyện), level 3 (phòng, UBND xã) and level 4, each zero-filled when unused. Decision
 * 20/2020/QĐ-TTg allows any {@code [0-9A-Z.]} string of at most 35 characters whose level layout is not yet settled, so
 * a code that is not in the QCVN 102 shape is still accepted as opaque; it just has no {@link #level()}.
 */
public record AgencyCode(String value) {

    public static final int MAX_LENGTH = 35;
    private static final Pattern ALLOWED = Pattern.compile("[0-9A-Z.]{1,35}");
    private static final Pattern QCVN_102 = Pattern.compile("(\\d{3})\\.(\\d{2})\\.(\\d{2})\\.([A-Z]\\d{2})");

    public AgencyCode {
        if (value == null || !ALLOWED.matcher(value).matches()) {
            throw new AgencyCodeMalformed(value);
        }
    }

    @JsonCreator
    public static AgencyCode of(String value) {
        return new AgencyCode(value);
    }

    /** Whether the code has the four-group QCVN 102 layout (otherwise it is kept as an opaque identifier). */
    public boolean isQcvn102() {
        return QCVN_102.matcher(value).matches();
    }

    /** 1 for {@code 000.00.00.H55}, 2 for {@code 000.00.15.H55}, 3 and 4 below; 0 when not in the QCVN 102 layout. */
    public int level() {
        List<String> groups = groups();
        if (groups.isEmpty()) {
            return 0;
        }
        // Groups from the right: level 1, level 2 (Y), level 3 (Z), level 4 (V); the deepest non-zero one wins.
        for (int depth = 3; depth >= 1; depth--) {
            if (!isZero(groups.get(3 - depth))) {
                return depth + 1;
            }
        }
        return 1;
    }

    /** The level-1 group, e.g. {@code H55}; empty when not in the QCVN 102 layout. */
    public String levelOneGroup() {
        List<String> groups = groups();
        return groups.isEmpty() ? "" : groups.get(3);
    }

    /** The groups left to right: V1V2V3, Z1Z2, Y1Y2, MX1X2; empty when not in the QCVN 102 layout. */
    public List<String> groups() {
        var matcher = QCVN_102.matcher(value);
        if (!matcher.matches()) {
            return List.of();
        }
        return List.of(matcher.group(1), matcher.group(2), matcher.group(3), matcher.group(4));
    }

    private static boolean isZero(String group) {
        return group.chars().allMatch(c -> c == '0');
    }

    @Override
    @JsonValue
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}

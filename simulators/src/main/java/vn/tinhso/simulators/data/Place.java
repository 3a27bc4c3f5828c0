package vn.tinhso.simulators.data;

import java.util.List;

/**
 * A province by the code that opens personal ID numbers registered there, the province it belongs to since the
 * 2025 reorganisation, and some of its communes and wards.
 */
public record Place(String code, String birthProvince, String currentProvince, int weight, List<String> communes) {
}

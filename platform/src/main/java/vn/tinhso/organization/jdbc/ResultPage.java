package vn.tinhso.organization.jdbc;

import java.util.List;

/** One page of a search: the items, which page (from 0), its size and how many match in all. */
public record ResultPage<T>(List<T> items, int page, int size, long total) {
}
